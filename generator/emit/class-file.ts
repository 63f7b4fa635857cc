import type {
  ClassDeclarationStructure,
  ImportDeclarationStructure,
  MethodDeclarationStructure,
  ModuleDeclarationStructure,
  SourceFileStructure,
} from "ts-morph";
import type { OperationDef, ResourceDef } from "../ir/types.js";
import { compareCodeUnits } from "../lib/compare.js";
import { banner } from "./emitted-file.js";
import { docText } from "./jsdoc.js";
import { operationDocs, responseLine } from "./operation-docs.js";
import { pagingToFunction } from "./operation-extras.js";
import { callerParameters, returnType } from "./operation-to-function.js";
import { type ResourceContext, modelImports } from "./resource-files.js";
import { positionalParams } from "./signature.js";
import { NAMESPACE_KIND, StructureKind } from "./structure-kind.js";

/** `src/<name>.ts`: the class, and the official SDK's names for its options types. */
export function classFile(resource: ResourceDef, context: ResourceContext): SourceFileStructure {
  const paged = resource.operations.some((op) => op.paging);
  const namespace = compatibilityNamespace(resource);
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: banner(context.specName),
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./runtime/index.js",
        namedImports: [
          ...(context.specClient ? [] : ["ApiClient"]),
          "type ApiPromise",
          ...(paged ? ["type PageOptions"] : []),
          "type RequestOptions",
        ],
      },
      // The spec's client, so `new XxxApi()` reaches the spec's server with its schemes.
      ...(context.specClient
        ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: "./api-client.js", namedImports: ["ApiClient"] }]
        : []),
      ...operationsImports(resource),
      ...modelImports(resource.operations, context, "./"),
      resourceToClass(resource, context),
      // An empty namespace is noise (and prettier would reformat it).
      ...(namespace.statements?.length ? [namespace] : []),
    ],
  };
}

/**
 * The name a class file gives the namespace of an operations file: `operations` for its own,
 * `<file>Operations` for the files of operations it shares with other tags.
 */
export function operationsNamespace(resource: ResourceDef, functionsFile: string): string {
  if (functionsFile === resource.fileName) return "operations";
  return `${functionsFile.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}Operations`;
}

/** The class's own operations file first, then the others its operations are defined in, by name. */
function operationsImports(resource: ResourceDef): ImportDeclarationStructure[] {
  const files = [...new Set(resource.operations.map((op) => op.functionsFile))].sort((a, b) =>
    a === resource.fileName ? -1 : b === resource.fileName ? 1 : compareCodeUnits(a, b),
  );
  return files.flatMap((file) => [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: `./operations/${file}.js`,
      namespaceImport: operationsNamespace(resource, file),
    },
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: `./operations/${file}.js`,
      namedImports: resource.operations.filter((op) => op.functionsFile === file).map((op) => op.optionsTypeName),
    },
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
    declarationKind: NAMESPACE_KIND,
    docs: ["The official SDK's names for the options types, for code migrating from it."],
    // An alias named like its target (method "_" -> "_Options") would refer to itself.
    statements: resource.operations
      .filter((op) => `${op.methodName}Options` !== op.optionsTypeName)
      .map((op) => ({
        kind: StructureKind.TypeAlias,
        name: `${op.methodName}Options`,
        isExported: true,
        type: op.optionsTypeName,
      })),
  };
}

/**
 * `ChatApi`: one method per operation, each delegating to its standalone function. What every
 * method shares is documented here once: the common error responses, `opts.customHeaders`,
 * the per-request `options`, `.withHttpInfo()`.
 */
export function resourceToClass(resource: ResourceDef, context: ResourceContext): ClassDeclarationStructure {
  const errors =
    context.commonResponses.length === 0
      ? undefined
      : `Every method can also fail with:\n${context.commonResponses.map(responseLine).join("\n")}`;
  const description = [
    `The ${docText(resource.tag)} operations, one method each. Every method returns an \`ApiPromise\`: await it ` +
      "for the data, or call `.withHttpInfo()` for the status, headers and correlation id too.",
    "Every method takes `opts.customHeaders` (headers for that request only) and a last `options` argument " +
      "(abort signal, timeout, headers, retry policy). A failed request rejects with an `ApiError` subclass " +
      "for its status.",
    ...(errors ? [errors] : []),
  ].join("\n\n");
  return {
    kind: StructureKind.Class,
    name: resource.className,
    isExported: true,
    docs: [description],
    ctors: [
      {
        docs: ["@param client - The client to send requests with; the shared `ApiClient.instance` when omitted."],
        // Optional, as in the official SDK: `new ChatApi()` uses the shared default client.
        parameters: [{ name: "client", type: "ApiClient", initializer: "ApiClient.instance" }],
        statements: ["this.client = client;"],
      },
    ],
    properties: [
      { name: "client", type: "ApiClient", isReadonly: true, docs: ["The client every request goes through."] },
    ],
    methods: resource.operations.flatMap((op) =>
      operationToMethods(op, operationsNamespace(resource, op.functionsFile), context.common),
    ),
  };
}

function operationToMethods(
  op: OperationDef,
  namespace: string,
  common: ReadonlySet<string>,
): MethodDeclarationStructure[] {
  const args = [...positionalParams(op).map((p) => p.identifier), ...(op.body?.required ? ["body"] : [])];
  const methods: MethodDeclarationStructure[] = [
    {
      kind: StructureKind.Method,
      name: op.methodName,
      docs: operationDocs(op, common),
      parameters: callerParameters(op, { optsDefault: false }),
      returnType: returnType(op),
      statements: [`return ${namespace}.${op.methodName}(this.client, ${[...args, "opts", "options"].join(", ")});`],
    },
  ];
  const iterator = pagingToFunction(op);
  if (iterator) {
    methods.push({
      kind: StructureKind.Method,
      name: iterator.name!,
      docs: iterator.docs,
      parameters: iterator
        .parameters!.slice(1)
        .map((p) => (p.name === "opts" ? { ...p, initializer: undefined, hasQuestionToken: true } : p)),
      returnType: iterator.returnType,
      statements: [`return ${namespace}.${iterator.name}(this.client, ${[...args, "opts", "options"].join(", ")});`],
    });
  }
  return methods;
}
