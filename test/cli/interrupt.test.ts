import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAIL_POINT_ENV, type FailPoint } from "../../generator/write/fail-point.js";
import { recoverOutput } from "../../generator/write/write-output.js";
import { copyFolder, emptyConfig, hashFolder, makeTemp, removeTemp } from "./output-folders.js";
import { REPO_ROOT, runBinary } from "./run-cli.js";

const OLD_SPEC = join("test", "fixtures", "specs", "path-params.yaml");
const NEW_SPEC = join("test", "fixtures", "specs", "enum-inline.yaml");

let temp = "";
let config = "";
let oldOutput = "";
let oldHashes: Record<string, string> = {};
let newHashes: Record<string, string> = {};

beforeAll(async () => {
  temp = await makeTemp("interrupt");
  config = await emptyConfig(temp);
  oldOutput = join(temp, "old");
  // The references come from the same bundled binary the killed runs use.
  for (const [spec, out] of [
    [OLD_SPEC, oldOutput],
    [NEW_SPEC, join(temp, "new")],
  ] as const) {
    const run = await runBinary(["generate", "--config", config, "--spec", spec, "--out", out]);
    if (run.exitCode !== 0) throw new Error(run.stderr);
  }
  oldHashes = await hashFolder(oldOutput);
  newHashes = await hashFolder(join(temp, "new"));
  expect(newHashes).not.toEqual(oldHashes);
});

afterAll(() => removeTemp(temp));

/**
 * Runs a real `chatgen generate` of the new spec over a copy of the old output, stopped at
 * `point` by the test-only fail point, then SIGKILLs it there. Returns the output folder.
 */
async function generateAndKillAt(point: FailPoint): Promise<string> {
  const out = await copyFolder(oldOutput, join(temp, `killed-${point}`));
  const child = spawn(
    process.execPath,
    ["bin/chatgen.js", "generate", "--config", config, "--spec", NEW_SPEC, "--out", out],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, [FAIL_POINT_ENV]: point },
    },
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("close", (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes(`chatgen-fail-point ${point}\n`)) resolve();
    });
    child.on("close", () => reject(new Error(`chatgen ended before reaching ${point}:\n${stderr}`)));
  });
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  return out;
}

/** The generator's leftovers beside `out`: staging and backup folders. */
async function siblingsOf(out: string): Promise<string[]> {
  return (await readdir(dirname(out))).filter((name) => name.startsWith(`.${basename(out)}.`));
}

describe("a generation killed with SIGKILL", () => {
  it.each<FailPoint>(["before-staging", "mid-staging", "before-swap"])(
    "at %s leaves the old output exactly",
    async (point) => {
      const out = await generateAndKillAt(point);
      expect(await hashFolder(out)).toEqual(oldHashes);
    },
  );

  it("between the two renames leaves the old output in the backup, and the next run puts it back", async () => {
    const out = await generateAndKillAt("between-renames");
    const backup = join(dirname(out), `.${basename(out)}.previous`);
    expect(await hashFolder(backup)).toEqual(oldHashes);
    await recoverOutput(out);
    expect(await hashFolder(out)).toEqual(oldHashes);
    expect(await siblingsOf(out)).toEqual([]);
  });

  it("after the swap leaves the new output exactly", async () => {
    const out = await generateAndKillAt("after-swap");
    expect(await hashFolder(out)).toEqual(newHashes);
  });

  it("is finished by the next run: the new output, and no staging or backup left beside it", async () => {
    const out = await generateAndKillAt("mid-staging");
    expect(await siblingsOf(out)).toHaveLength(1);
    const rerun = await runBinary(["generate", "--config", config, "--spec", NEW_SPEC, "--out", out]);
    expect(rerun.exitCode).toBe(0);
    expect(await hashFolder(out)).toEqual(newHashes);
    expect(await siblingsOf(out)).toEqual([]);
  });
});
