import type { ImportDeclarationStructure, SourceFileStructure } from "ts-morph";
import { compareCodeUnits } from "../lib/compare.js";
import type { ModelDef, TypeExpr } from "../ir/types.js";
import { type EmittedFile, banner } from "./emitted-file.js";
import { modelToStatement } from "./model-to-statements.js";
import { refsOf } from "./type-expr-to-string.js";
import { StructureKind } from "./structure-kind.js";

/** Maps model names to the module that declares them, relative to src/models/. */
export function modelModules(models: readonly ModelDef[]): Map<string, string> {
  return new Map(models.map((m) => [m.name, `./${m.fileName}.js`]));
}

/** One file per model under src/models/ (hoisted parts join their owner), plus an index. */
export function modelsToFiles(models: readonly ModelDef[], specName: string): EmittedFile[] {
  const modules = modelModules(models);
  const byFile = new Map<string, ModelDef[]>();
  for (const model of models) byFile.set(model.fileName, [...(byFile.get(model.fileName) ?? []), model]);
  const files: EmittedFile[] = [...byFile].map(([fileName, members]) => ({
    path: `src/models/${fileName}.ts`,
    structure: modelFile(members, modules, specName),
  }));
  files.push({ path: "src/models/index.ts", structure: modelsIndex(models, specName) });
  return files;
}

function modelFile(members: ModelDef[], modules: Map<string, string>, specName: string): SourceFileStructure {
  const own = new Set(members.map((m) => m.name));
  const refs = new Set<string>();
  for (const model of members) {
    for (const type of typesOf(model)) refsOf(type, refs);
    if (model.kind === "object") for (const parent of model.extends ?? []) refs.add(parent);
  }
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: banner(specName),
    statements: [
      ...typeImports(
        [...refs].filter((r) => !own.has(r)),
        modules,
      ),
      ...members.map(modelToStatement),
    ],
  };
}

function typesOf(model: ModelDef): TypeExpr[] {
  if (model.kind === "object") {
    const types = model.properties.map((p) => p.type);
    return model.additionalProperties ? [...types, model.additionalProperties] : types;
  }
  return model.kind === "alias" ? [model.type] : [];
}

/** `import type { A } from "./a.js";` grouped by module, sorted, for the names given. */
export function typeImports(names: Iterable<string>, modules: Map<string, string>): ImportDeclarationStructure[] {
  const byModule = new Map<string, string[]>();
  for (const name of names) {
    const module = modules.get(name);
    if (module !== undefined) byModule.set(module, [...(byModule.get(module) ?? []), name]);
  }
  return [...byModule.keys()].sort(compareCodeUnits).map((module) => ({
    kind: StructureKind.ImportDeclaration,
    isTypeOnly: true,
    moduleSpecifier: module,
    namedImports: byModule.get(module)!.sort(compareCodeUnits),
  }));
}

function modelsIndex(models: readonly ModelDef[], specName: string): SourceFileStructure {
  const modules = modelModules(models);
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: banner(specName),
    statements: typeImports(
      models.map((m) => m.name),
      modules,
    ).map((declaration) => ({
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: declaration.moduleSpecifier,
      namedExports: declaration.namedImports as string[],
    })),
  };
}
