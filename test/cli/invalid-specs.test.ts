import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INVALID_SPEC_DIR, type InvalidSpecCase, invalidSpecCases } from "../fixtures/invalid/cases.js";
import { copyFolder, emptyConfig, generateInto, hashFolder, makeTemp, removeTemp } from "./output-folders.js";
import { type CliRun, linesOf, runBinary, runInProcess } from "./run-cli.js";

/** Codes raised while parsing, before validation: the CLI prints the diagnostic alone. */
const LOAD_ERROR_CODES = new Set(["duplicate-key", "invalid-syntax", "not-an-object"]);

let temp = "";
let base = "";
let config = "";
let copies = 0;

beforeAll(async () => {
  temp = await makeTemp("invalid");
  base = join(temp, "base");
  config = await emptyConfig(temp);
  // A real earlier generation: the folder every broken spec must leave alone.
  await generateInto(join("test", "fixtures", "specs", "path-params.yaml"), base);
});

afterAll(() => removeTemp(temp));

async function freshCopy(): Promise<string> {
  copies += 1;
  return copyFolder(base, join(temp, `out-${copies}`));
}

function specOf(testCase: InvalidSpecCase): string {
  return `${INVALID_SPEC_DIR}/${testCase.fixture}`;
}

/** What stderr must hold: the exact diagnostics, then the one-line verdict unless parsing failed. */
function expectedStderr(testCase: InvalidSpecCase): string[] {
  const code = /: (?:error|warning) ([a-z0-9-]+) at /.exec(testCase.lines[0] ?? "")?.[1] ?? "";
  const verdict = `chatgen: ${specOf(testCase)} is invalid; nothing was written.`;
  return LOAD_ERROR_CODES.has(code) ? [...testCase.lines] : [...testCase.lines, verdict];
}

type Runner = (args: readonly string[]) => Promise<CliRun>;

/** Runs `generate` on a fresh copy of the old output; asserts exit 2, the exact stderr, and untouched files. */
async function expectRejected(
  run: Runner,
  testCase: InvalidSpecCase,
  extraFlags: readonly string[] = [],
): Promise<void> {
  const out = await freshCopy();
  const before = await hashFolder(out);
  const result = await run(["generate", "--config", config, ...extraFlags, "--spec", specOf(testCase), "--out", out]);
  expect(result.exitCode).toBe(2);
  expect(linesOf(result.stderr)).toEqual(expectedStderr(testCase));
  expect(result.stdout).toBe("");
  expect(await hashFolder(out)).toEqual(before);
}

describe("chatgen generate on a broken spec", () => {
  const failing = invalidSpecCases.filter((c) => c.failsWithoutStrict);
  const warningOnly = invalidSpecCases.filter((c) => !c.failsWithoutStrict);

  it("covers at least fifteen kinds of breakage", () => {
    expect(new Set(invalidSpecCases.map((c) => c.breakage)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(failing.map((c) => [c.fixture, c] as const))(
    "%s: exit 2, the exact diagnostics, output untouched",
    (_fixture, testCase) => expectRejected(runInProcess, testCase),
  );

  it.each(warningOnly.map((c) => [c.fixture, c] as const))(
    "%s: exit 2 under --strict with the output untouched, exit 0 and written without",
    async (_fixture, testCase) => {
      await expectRejected(runInProcess, testCase, ["--strict"]);
      const out = await freshCopy();
      const lenient = await runInProcess(["generate", "--config", config, "--spec", specOf(testCase), "--out", out]);
      expect(lenient.exitCode).toBe(0);
      expect(linesOf(lenient.stderr)).toEqual(testCase.lines);
      expect(lenient.stdout).toMatch(/^Generated \d+ files .* into .*; \d+ files changed\.\n/);
    },
  );

  // A parse error, a validation error and a warning under --strict, through the real binary.
  const throughBinary = [
    failing.find((c) => c.lines[0]?.includes(" error duplicate-key ")),
    failing.find((c) => c.lines[0]?.includes(" error dangling-ref ")),
  ].filter((c) => c !== undefined);

  it.each(throughBinary.map((c) => [c.fixture, c] as const))(
    "%s through the real binary: exit 2, exact diagnostics, output untouched",
    (_fixture, testCase) => expectRejected(runBinary, testCase),
  );

  it.each(warningOnly.slice(0, 1).map((c) => [c.fixture, c] as const))(
    "%s through the real binary under --strict: exit 2, output untouched",
    (_fixture, testCase) => expectRejected(runBinary, testCase, ["--strict"]),
  );

  it("sends at least three cases through the real binary", () => {
    expect(throughBinary.length + Math.min(warningOnly.length, 1)).toBe(3);
  });
});
