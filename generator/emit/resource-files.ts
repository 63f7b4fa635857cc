import type { ApiDef, OperationDef } from "../ir/types.js";
import { classFile } from "./class-file.js";
import type { EmittedFile } from "./emitted-file.js";
import { functionsFile } from "./functions-file.js";
import { typeImports } from "./models-files.js";
import { responseKey } from "../ir/response-key.js";
import { refsOf } from "./type-expr-to-string.js";

/** What the files of every resource share: where each model lives, the common responses. */
export interface ResourceContext {
  /** Model name -> its module, relative to src/. */
  readonly modelFiles: ReadonlyMap<string, string>;
  /** Keys (`responseKey`) of the responses every operation has, documented once on each class. */
  readonly common: ReadonlySet<string>;
  readonly commonResponses: ApiDef["commonResponses"];
  readonly specName: string;
  /** The package has the spec's own `ApiClient` (src/api-client.ts), and operations name their security. */
  readonly specClient: boolean;
}

/**
 * For each resource: `src/<name>.ts` (the class) and, when it defines operations,
 * `src/operations/<name>.ts` (the standalone functions). An operation with several tags is
 * defined once, in its first tag's file, and every class of its tags delegates to it.
 */
export function resourcesToFiles(
  api: ApiDef,
  { specName, specClient }: { specName: string; specClient: boolean },
): EmittedFile[] {
  const context: ResourceContext = {
    // Built once: a spec may have hundreds of tags and thousands of models.
    modelFiles: new Map(api.models.map((m) => [m.name, `models/${m.fileName}.js`])),
    common: new Set(api.commonResponses.map(responseKey)),
    commonResponses: api.commonResponses,
    specName,
    specClient,
  };
  return api.resources.flatMap((resource) => {
    const own = resource.operations.filter((op) => op.functionsFile === resource.fileName);
    const classes = { path: `src/${resource.fileName}.ts`, structure: classFile(resource, context) };
    if (own.length === 0) return [classes];
    return [{ path: `src/operations/${resource.fileName}.ts`, structure: functionsFile(own, context) }, classes];
  });
}

/** Imports of the models `operations` refer to, from a file `prefix` away from src/. */
export function modelImports(operations: readonly OperationDef[], context: ResourceContext, prefix: string) {
  const refs = new Set<string>();
  for (const op of operations) {
    refsOf(op.result, refs);
    if (op.body) refsOf(op.body.type, refs);
    for (const p of [...op.pathParams, ...op.queryParams, ...op.headerParams, ...op.cookieParams]) refsOf(p.type, refs);
    if (op.paging) refsOf(op.paging.item, refs);
  }
  return typeImports(refs, new Map([...refs].map((name) => [name, `${prefix}${context.modelFiles.get(name)}`])));
}
