import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadAndBuild, renderPackage } from "../../generator/index.js";
import type { ApiDef } from "../../generator/ir/types.js";
import { formatWithPrettier } from "../../generator/print/format.js";

/**
 * `format.printWidth` is honoured at every width, not only the default (100, which the
 * snapshot tests check): at each width, prettier with the same printWidth leaves every
 * generated file unchanged, so a line is longer than the width only where prettier would
 * leave it long too (a long name, string or comment).
 */
const FIXTURES = join("test", "fixtures", "specs");
const SPECS = [
  join("spec", "chat.openapi.yaml"),
  ...readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => join(FIXTURES, name)),
];
const WIDTHS = [60, 80, 120];

describe.each(SPECS)("%s", (specPath) => {
  let api: ApiDef;
  beforeAll(async () => {
    api = (await loadAndBuild({ specPath })).api!;
  });

  it.each(WIDTHS)("at printWidth %i is laid out as prettier lays it out", async (printWidth) => {
    const files = await renderPackage(api, { specPath, outDir: "unused", format: { printWidth } }, basename(specPath));
    const laidOut = files.filter((f) => /\.(ts|json|md)$/.test(f.path) && !f.path.startsWith("src/runtime/"));
    for (const file of laidOut) {
      expect(await formatWithPrettier(file.path, file.text, printWidth), `${file.path} at ${printWidth}`).toBe(
        file.text,
      );
    }
  });
});
