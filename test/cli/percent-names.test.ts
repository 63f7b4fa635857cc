import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyConfig, makeTemp, removeTemp } from "./output-folders.js";
import { runInProcess } from "./run-cli.js";

/**
 * A schema named `100%`, a path and parameters with a bare "%", and a name with a lone
 * surrogate: the names decodeURIComponent and encodeURIComponent throw "URI malformed" on.
 * Every command that reads the spec runs to the end on them.
 */
const SPEC = join("test", "fixtures", "specs", "percent-names.yaml");

let temp = "";
let config = "";

beforeAll(async () => {
  temp = await makeTemp("percent");
  config = await emptyConfig(temp);
});

afterAll(() => removeTemp(temp));

describe("names URI functions reject", () => {
  it("generate writes the package and warns only about the renames", async () => {
    const result = await runInProcess(["generate", "--config", config, "--spec", SPEC, "--out", join(temp, "out")]);
    expect(result.stderr).not.toMatch(/URI|malformed|chatgen: (?!.*warning)/i);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Generated \d+ files \(1 operations, 3 models\)/);
  });

  it("generate --check on that output, and diff, also run to the end", async () => {
    await runInProcess(["generate", "--config", config, "--spec", SPEC, "--out", join(temp, "checked"), "--quiet"]);
    const check = await runInProcess([
      "generate",
      "--config",
      config,
      "--spec",
      SPEC,
      "--out",
      join(temp, "checked"),
      "--check",
      "--quiet",
    ]);
    const diff = await runInProcess(["diff", SPEC, SPEC]);
    expect([check.exitCode, diff.exitCode]).toEqual([0, 0]);
    expect(`${check.stderr}${diff.stderr}`).not.toMatch(/URI malformed/);
  });
});
