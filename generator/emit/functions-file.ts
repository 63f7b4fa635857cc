import type { SourceFileStructure, StatementStructures } from "ts-morph";
import type { OperationDef } from "../ir/types.js";
import { banner } from "./emitted-file.js";
import { optionsToInterface, pagingToFunction } from "./operation-extras.js";
import { operationToFunction } from "./operation-to-function.js";
import { type ResourceContext, modelImports } from "./resource-files.js";
import { StructureKind } from "./structure-kind.js";

/** `src/operations/<name>.ts`: per operation, its options type, its function and its iterator. */
export function functionsFile(operations: readonly OperationDef[], context: ResourceContext): SourceFileStructure {
  const paged = operations.some((op) => op.paging);
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: "../runtime/index.js",
      namedImports: [
        "ApiClient",
        "ApiPromise",
        "OperationOptions",
        ...(paged ? ["PageOptions"] : []),
        "RequestOptions",
      ],
    },
    ...(paged
      ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: "../runtime/index.js", namedImports: ["paginate"] }]
      : []),
    ...modelImports(operations, context, "../"),
  ];
  for (const op of operations) {
    statements.push(optionsToInterface(op), operationToFunction(op, context));
    const iterator = pagingToFunction(op);
    if (iterator) statements.push(iterator);
  }
  return { kind: StructureKind.SourceFile, leadingTrivia: banner(context.specName), statements };
}
