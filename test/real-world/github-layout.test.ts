import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAndBuild, renderPackage } from "../../generator/index.js";
import { DEFAULT_PRINT_WIDTH } from "../../generator/print/format-options.js";
import { formatWithPrettier } from "../../generator/print/format.js";
import { fetchNpmSpec } from "./npm-spec.js";

/**
 * The layout is exact at scale: on GitHub's REST description (3,600 generated files),
 * prettier leaves a deterministic sample unchanged: every 20th .ts and .md file by path,
 * and every .json file. Running prettier on all of them would take minutes.
 */
const GITHUB = { name: "@octokit/openapi", version: "23.0.2", file: "package/generated/api.github.com.json" };
const EVERY = 20;

describe("GitHub's spec", () => {
  it(`is laid out as prettier lays it out (every ${EVERY}th file of each kind)`, async () => {
    const specPath = await fetchNpmSpec(GITHUB);
    const { api } = await loadAndBuild({ specPath });
    const files = await renderPackage(api!, { specPath, outDir: "unused" }, basename(specPath));
    const ofKind = (ext: string) => files.filter((f) => f.path.endsWith(ext) && !f.path.startsWith("src/runtime/"));
    const sample = [
      ...ofKind(".ts").filter((_, i) => i % EVERY === 0),
      ...ofKind(".md").filter((_, i) => i % EVERY === 0),
      ...ofKind(".json"),
    ];
    expect(sample.length).toBeGreaterThan(150);
    const differing: string[] = [];
    for (const file of sample) {
      if ((await formatWithPrettier(file.path, file.text, DEFAULT_PRINT_WIDTH)) !== file.text)
        differing.push(file.path);
    }
    expect(differing).toEqual([]);
  }, 300_000);
});
