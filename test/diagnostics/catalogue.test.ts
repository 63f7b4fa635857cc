import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE, diagnostic } from "../../generator/diagnostics/index.js";
import { cataloguePage } from "../../generator/diagnostics/catalogue-page.js";

const GENERATOR = join(import.meta.dirname, "../../generator");

/** Every generator source file except the catalogue itself. */
function generatorSources(dir = GENERATOR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return generatorSources(path);
    return entry.name.endsWith(".ts") && !path.endsWith("catalogue.ts") ? [readFileSync(path, "utf8")] : [];
  });
}

describe("the diagnostics catalogue", () => {
  it("is rendered in docs/diagnostics.md (update with vitest -u)", async () => {
    await expect(cataloguePage()).toMatchFileSnapshot("../../docs/diagnostics.md");
  });

  it("lists only codes some stage reports", () => {
    const sources = generatorSources().join("\n");
    const unused = Object.keys(CATALOGUE).filter((code) => !sources.includes(`"${code}"`));
    expect(unused).toEqual([]);
  });

  it("gives each diagnostic the severity its code has in the catalogue", () => {
    expect(diagnostic("dangling-ref", "#/a", "A.").severity).toBe("error");
    expect(diagnostic("renamed-identifier", "#/a", "A.").severity).toBe("warning");
  });

  it("says each summary in one sentence ending with a period", () => {
    const bad = Object.entries(CATALOGUE).filter(([, entry]) => !/^[A-Z`"].*\.$/.test(entry.summary));
    expect(bad).toEqual([]);
  });
});
