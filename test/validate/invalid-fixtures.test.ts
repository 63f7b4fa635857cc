import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseAndValidateSpec } from "../../generator/validate/load-and-validate.js";
import { hasFailures } from "../../generator/diagnostics/index.js";
import { INVALID_SPEC_DIR, invalidSpecCases } from "../fixtures/invalid/cases.js";

const fixtureDir = fileURLToPath(new URL("../fixtures/invalid/", import.meta.url));

/** Checks a fixture as the CLI would name it (repo-relative), whatever the working directory. */
async function check(fixture: string) {
  const text = await readFile(`${fixtureDir}${fixture}`, "utf8");
  return parseAndValidateSpec(`${INVALID_SPEC_DIR}/${fixture}`, text);
}

describe("broken specs under test/fixtures/invalid", () => {
  it("lists every fixture file in the table, with at least fifteen kinds of breakage", () => {
    const files = readdirSync(fixtureDir)
      .filter((name) => /\.(ya?ml|json)$/.test(name))
      .sort();
    expect(invalidSpecCases.map((entry) => entry.fixture).sort()).toEqual(files);
    expect(new Set(invalidSpecCases.map((entry) => entry.breakage)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(invalidSpecCases.map((entry) => [entry.fixture, entry] as const))(
    "%s gives exactly its located diagnostics",
    async (fixture, entry) => {
      const result = await check(fixture);
      expect(result.lines).toEqual(entry.lines);
      expect(hasFailures(result.diagnostics)).toBe(entry.failsWithoutStrict);
      expect(hasFailures(result.diagnostics, true)).toBe(true);
    },
  );
});
