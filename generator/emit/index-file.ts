import type { SourceFileStructure } from "ts-morph";
import type { ApiDef } from "../ir/types.js";
import { CREDENTIALS_TYPE } from "./api-client-file.js";
import { banner } from "./emitted-file.js";
import { StructureKind } from "./structure-kind.js";

/**
 * `src/index.ts`: the runtime, every class, every operation function, every model type; with
 * `specClient`, the spec's `ApiClient`, named explicitly so it wins over the runtime's.
 */
export function indexFile(
  api: ApiDef,
  { specName, specClient }: { specName: string; specClient: boolean },
): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: banner(specName),
    statements: [
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./runtime/index.js" },
      ...(specClient
        ? [
            {
              kind: StructureKind.ExportDeclaration,
              moduleSpecifier: "./api-client.js",
              namedExports: ["ApiClient", `type ${CREDENTIALS_TYPE}`],
            },
          ]
        : []),
      ...api.resources.flatMap((resource) => [
        {
          kind: StructureKind.ExportDeclaration,
          moduleSpecifier: `./${resource.fileName}.js`,
          namedExports: [resource.className],
        },
        // Only a class that defines operations has an operations file (shared ones live in their first tag's).
        ...(resource.operations.some((op) => op.functionsFile === resource.fileName)
          ? [{ kind: StructureKind.ExportDeclaration, moduleSpecifier: `./operations/${resource.fileName}.js` }]
          : []),
      ]),
      // The official SDK's `Models.Room` spelling, for code migrating from it.
      {
        kind: StructureKind.ExportDeclaration,
        isTypeOnly: true,
        namespaceExport: "Models",
        moduleSpecifier: "./models/index.js",
      },
      // Named, not `export *`: an explicit export wins over the runtime's names of the same type.
      {
        kind: StructureKind.ExportDeclaration,
        isTypeOnly: true,
        moduleSpecifier: "./models/index.js",
        namedExports: api.models.map((m) => m.name),
      },
    ],
  };
}
