import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("the committed generated/ package", () => {
  it("is exactly what the committed spec generates (chatgen generate --check exits 0)", () => {
    const run = () =>
      execFileSync(process.execPath, ["bin/chatgen.js", "generate", "--check"], { encoding: "utf8", stdio: "pipe" });
    expect(run).not.toThrow();
    expect(run()).toMatch(/is up to date/);
  });
});
