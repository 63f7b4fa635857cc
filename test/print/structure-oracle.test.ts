import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import * as tsMorph from "ts-morph";
import { describe, expect, it } from "vitest";
import { DEFAULT_PACKAGE, loadAndBuild } from "../../generator/index.js";
import { emitApi } from "../../generator/emit/emit-api.js";
import { NAMESPACE_KIND, StructureKind } from "../../generator/emit/structure-kind.js";
import { printSourceFile } from "../../generator/print/structure/print-source-file.js";

/**
 * ts-morph is the oracle for the structure printer: every structure the emitters build for the
 * chat spec and each fixture prints to the same raw text (before layout) as ts-morph prints it
 * with the settings the generator used to give it.
 */
const FIXTURES = join("test", "fixtures", "specs");
const SPECS = [
  join("spec", "chat.openapi.yaml"),
  ...readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => join(FIXTURES, name)),
];

const project = new tsMorph.Project({
  useInMemoryFileSystem: true,
  skipLoadingLibFiles: true,
  manipulationSettings: {
    indentationText: tsMorph.IndentationText.TwoSpaces,
    quoteKind: tsMorph.QuoteKind.Double,
    useTrailingCommas: true,
    newLineKind: tsMorph.NewLineKind.LineFeed,
  },
});

function printWithTsMorph(path: string, structure: tsMorph.SourceFileStructure): string {
  const source = project.createSourceFile(path, structure, { overwrite: true });
  const text = source.getFullText();
  project.removeSourceFile(source);
  return text;
}

describe("the structure printer", () => {
  it("uses ts-morph's StructureKind values", () => {
    for (const [name, value] of Object.entries(StructureKind)) {
      expect(value, name).toBe(tsMorph.StructureKind[name as keyof typeof tsMorph.StructureKind]);
    }
    expect(NAMESPACE_KIND).toBe(tsMorph.ModuleDeclarationKind.Namespace);
  });

  it.each(SPECS)("prints every structure of %s as ts-morph does", async (specPath) => {
    const { api } = await loadAndBuild({ specPath });
    const files = emitApi(api!, { specName: basename(specPath), packageInfo: DEFAULT_PACKAGE });
    let compared = 0;
    for (const file of files) {
      if (!("structure" in file)) continue;
      expect(printSourceFile(file.structure), file.path).toBe(printWithTsMorph(file.path, file.structure));
      compared++;
    }
    expect(compared).toBeGreaterThan(3);
  });
});
