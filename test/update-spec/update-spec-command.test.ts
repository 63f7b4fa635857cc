import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerUpdateSpecCommand } from "../../generator/cli/update-spec-command.js";

const upstream = fileURLToPath(new URL("../../spec/upstream/genesys-chat.swagger.json", import.meta.url));

/** Runs `chatgen update-spec <args>` in-process and captures what it prints. */
async function run(args: string[]): Promise<{ exitCode: number | undefined; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
  const program = new Command("chatgen").exitOverride();
  registerUpdateSpecCommand(program);
  await program.parseAsync(["update-spec", ...args], { from: "user" });
  vi.restoreAllMocks();
  const exitCode = process.exitCode as number | undefined;
  process.exitCode = undefined;
  return { exitCode, stdout: stdout.join(""), stderr: stderr.join("") };
}

let dir = "";
afterEach(async () => {
  vi.restoreAllMocks();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("chatgen update-spec", () => {
  it("exits 0, prints the warnings and a one-line summary", async () => {
    dir = await mkdtemp(join(tmpdir(), "update-spec-cli-"));
    const out = join(dir, "chat.openapi.yaml");
    const result = await run(["--from", upstream, "--out", out]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(`34 operations, 27 schemas kept; ${out} written.\n`);
    expect(result.stderr.trim().split("\n")).toHaveLength(3);
    expect(result.stderr).toContain("warning identical-path-templates");
  });

  it("exits 2 and writes nothing under --strict", async () => {
    dir = await mkdtemp(join(tmpdir(), "update-spec-cli-"));
    const out = join(dir, "chat.openapi.yaml");
    const result = await run(["--from", upstream, "--out", out, "--strict"]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe(`update-spec failed (0 errors, 3 warnings); ${out} not written.\n`);
    expect(await readdir(dir)).toEqual([]);
  });

  it("exits 2 when no operation has the requested tag", async () => {
    dir = await mkdtemp(join(tmpdir(), "update-spec-cli-"));
    const result = await run(["--from", upstream, "--out", join(dir, "x.yaml"), "--tag", "Billing"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(
      'error no-matching-operations at #/paths: No operation in the upstream description is tagged "Billing".',
    );
  });
});
