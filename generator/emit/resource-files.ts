import {
  type ClassDeclarationStructure,
  type ImportDeclarationStructure,
  type MethodDeclarationStructure,
  ModuleDeclarationKind,
  type ModuleDeclarationStructure,
  type SourceFileStructure,
  type StatementStructures,
  StructureKind,
} from "ts-morph";
import type { ModelDef, OperationDef, ResourceDef } from "../ir/types.js";
import { compareCodeUnits } from "../lib/compare.js";
import { type EmittedFile, banner } from "./emitted-file.js";
import { typeImports } from "./models-files.js";
import { docText } from "./jsdoc.js";
import { operationDocs } from "./operation-docs.js";
import { optionsToInterface, pagingToFunction } from "./operation-extras.js";
import { callerParameters, operationToFunction, returnType } from "./operation-to-function.js";
import { positionalParams } from "./signature.js";
import { refsOf } from "./type-expr-to-string.js";

/** For each resource: `src/operations/<name>.ts` (functions) and `src/<name>.ts` (the class). */
export function resourcesToFiles(resources: readonly ResourceDef[], models: readonly ModelDef[], specName: string): EmittedFile[] {
  // Built once: a spec may have hundreds of tags and thousands of models.
  const modelFiles: ModelFiles = new Map(models.map((m) => [m.name, `models/${m.fileName}.js`]));
  return resources.flatMap((resource) => {
    const own = resource.operations.filter((op) => op.functionsFile === resource.fileName);
    const functions = { path: `src/operations/${resource.fileName}.ts`, structure: functionsFile(own, modelFiles, specName) };
    const classes = { path: `src/${resource.fileName}.ts`, structure: classFile(resource, modelFiles, specName) };
    // Operations with several tags are defined once, in their first tag's file.
    return own.length > 0 ? [functions, classes] : [classes];
  });
}

/**
 * The name a class file gives the namespace of an operations file: `operations` for its own,
 * `<file>Operations` for the files of operations it shares with other tags.
 */
export function operationsNamespace(resource: ResourceDef, functionsFile: string): string {
  if (functionsFile === resource.fileName) return "operations";
  return `${functionsFile.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}Operations`;
}

/** Model name -> its module, relative to src/. */
type ModelFiles = ReadonlyMap<string, string>;

function modelRefs(operations: readonly OperationDef[]): Set<string> {
  const refs = new Set<string>();
  for (const op of operations) {
    refsOf(op.result, refs);
    if (op.body) refsOf(op.body.type, refs);
    for (const p of [...op.pathParams, ...op.queryParams, ...op.headerParams, ...op.cookieParams]) refsOf(p.type, refs);
    if (op.paging) refsOf(op.paging.item, refs);
  }
  return refs;
}

/** Imports of the models `operations` refer to, from a file `prefix` away from src/. */
function modelImports(operations: readonly OperationDef[], modelFiles: ModelFiles, prefix: string) {
  const refs = modelRefs(operations);
  return typeImports(refs, new Map([...refs].map((name) => [name, `${prefix}${modelFiles.get(name)}`])));
}

function functionsFile(operations: readonly OperationDef[], modelFiles: ModelFiles, specName: string): SourceFileStructure {
  const paged = operations.some((op) => op.paging);
  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "../runtime/index.js",
      namedImports: ["ApiClient", "ApiPromise", ...(paged ? ["PageOptions"] : []), "RequestOptions"] },
    ...(paged ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: "../runtime/index.js", namedImports: ["paginate"] }] : []),
    ...modelImports(operations, modelFiles, "../"),
  ];
  for (const op of operations) {
    statements.push(optionsToInterface(op), operationToFunction(op));
    const iterator = pagingToFunction(op);
    if (iterator) statements.push(iterator);
  }
  return { kind: StructureKind.SourceFile, leadingTrivia: banner(specName), statements };
}

function classFile(resource: ResourceDef, modelFiles: ModelFiles, specName: string): SourceFileStructure {
  const paged = resource.operations.some((op) => op.paging);
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: banner(specName),
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime/index.js",
        namedImports: ["ApiClient", "type ApiPromise", ...(paged ? ["type PageOptions"] : []), "type RequestOptions"] },
      ...operationsImports(resource),
      ...modelImports(resource.operations, modelFiles, "./"),
      resourceToClass(resource),
      // An empty namespace is noise (and prettier would reformat it).
      ...(compatibilityNamespace(resource).statements?.length ? [compatibilityNamespace(resource)] : []),
    ],
  };
}

/** The class's own operations file first, then the others its operations are defined in, by name. */
function operationsImports(resource: ResourceDef): ImportDeclarationStructure[] {
  const files = [...new Set(resource.operations.map((op) => op.functionsFile))]
    .sort((a, b) => (a === resource.fileName ? -1 : b === resource.fileName ? 1 : compareCodeUnits(a, b)));
  return files.flatMap((file) => [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: `./operations/${file}.js`,
      namespaceImport: operationsNamespace(resource, file) },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: `./operations/${file}.js`,
      namedImports: resource.operations.filter((op) => op.functionsFile === file).map((op) => op.optionsTypeName) },
  ]);
}

/**
 * `ChatApi.getChatsRoomMessagesOptions`: the official SDK's names for the opts types, so
 * code written against its typings keeps compiling after the switch.
 */
function compatibilityNamespace(resource: ResourceDef): ModuleDeclarationStructure {
  return {
    kind: StructureKind.Module,
    name: resource.className,
    isExported: true,
    declarationKind: ModuleDeclarationKind.Namespace,
    docs: ["The official SDK's names for the options types, for code migrating from it."],
    // An alias named like its target (method "_" -> "_Options") would refer to itself.
    statements: resource.operations.filter((op) => `${op.methodName}Options` !== op.optionsTypeName).map((op) => ({
      kind: StructureKind.TypeAlias,
      name: `${op.methodName}Options`,
      isExported: true,
      type: op.optionsTypeName,
    })),
  };
}

/** `ChatApi`: one method per operation, each delegating to its standalone function. */
export function resourceToClass(resource: ResourceDef): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    name: resource.className,
    isExported: true,
    docs: [`The ${docText(resource.tag)} operations, one method each. Every method returns an ApiPromise.`],
    ctors: [{
      docs: ["@param client - The client to send requests with; the shared `ApiClient.instance` when omitted."],
      // Optional, as in the official SDK: `new ChatApi()` uses the shared default client.
      parameters: [{ name: "client", type: "ApiClient", initializer: "ApiClient.instance" }],
      statements: ["this.client = client;"],
    }],
    properties: [{ name: "client", type: "ApiClient", isReadonly: true, docs: ["The client every request goes through."] }],
    methods: resource.operations.flatMap((op) => operationToMethods(op, operationsNamespace(resource, op.functionsFile))),
  };
}

function operationToMethods(op: OperationDef, namespace: string): MethodDeclarationStructure[] {
  const args = [...positionalParams(op).map((p) => p.identifier), ...(op.body?.required ? ["body"] : [])];
  const methods: MethodDeclarationStructure[] = [{
    kind: StructureKind.Method,
    name: op.methodName,
    docs: operationDocs(op, { withClient: false }),
    parameters: callerParameters(op, { optsDefault: false }),
    returnType: returnType(op),
    statements: [`return ${namespace}.${op.methodName}(this.client, ${[...args, "opts", "options"].join(", ")});`],
  }];
  const iterator = pagingToFunction(op);
  if (iterator) {
    methods.push({
      kind: StructureKind.Method,
      name: iterator.name!,
      docs: iterator.docs,
      parameters: iterator.parameters!.slice(1).map((p) => (p.name === "opts" ? { ...p, initializer: undefined, hasQuestionToken: true } : p)),
      returnType: iterator.returnType,
      statements: [`return ${namespace}.${iterator.name}(this.client, ${[...args, "opts", "options"].join(", ")});`],
    });
  }
  return methods;
}
