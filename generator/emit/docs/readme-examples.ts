import { stringLiteral } from "../type-expr-to-string.js";
import type { ApiDef, OperationDef, ResourceDef } from "../../ir/types.js";
import { type DocsProfile, newClient } from "./docs-profile.js";
import type { ExampleSource, ModelIndex } from "./example-value.js";
import { exampleArguments, instanceName } from "./operation-example.js";

/** What the README's examples are built from: real names from the IR, so they compile. */
export interface ReadmeContext {
  readonly packageName: string;
  readonly api: ApiDef;
  readonly resource: ResourceDef;
  readonly models: ModelIndex;
  readonly profile: DocsProfile;
  /** A read call with a result, shown in most sections. */
  readonly read: OperationDef;
  /** A call that sends a body, when the API has one. */
  readonly write?: OperationDef;
  readonly paged?: OperationDef;
}

/** The inputs of a README: the package, the API, the resource its examples use, the docs profile. */
export interface ReadmeInput {
  readonly packageName: string;
  readonly api: ApiDef;
  readonly resource: ResourceDef;
  readonly profile: DocsProfile;
}

/** Picks the operations the README shows: a simple GET, a body-sending call, a paged listing. */
export function readmeContext({ packageName, api, resource, profile }: ReadmeInput): ReadmeContext {
  const models = new Map(api.models.map((m) => [m.name, m]));
  const ops = resource.operations;
  const read =
    ops.find((op) => op.httpMethod === "GET" && op.result.kind !== "void" && op.pathParams.length === 1) ??
    ops.find((op) => op.httpMethod === "GET") ??
    ops[0]!;
  const write = ops.find((op) => op.httpMethod === "POST" && op.body?.required) ?? ops.find((op) => op.body?.required);
  return { packageName, api, resource, models, profile, read, write, paged: ops.find((op) => op.paging) };
}

/** `import { a, b, type C } from "pkg";` with the names sorted and deduplicated. */
export function importLine(context: ReadmeContext, names: readonly string[], types: readonly string[] = []): string {
  const values = [...new Set(names)].sort();
  const typeOnly = [...new Set(types)]
    .filter((t) => !values.includes(t))
    .sort()
    .map((t) => `type ${t}`);
  return `import { ${[...values, ...typeOnly].join(", ")} } from ${stringLiteral(context.packageName)};`;
}

/** The client with the profile's credentials and `extra` options, and the resource instance. */
export function setupLines(context: ReadmeContext, extra = ""): string[] {
  const { className } = context.resource;
  return [clientLine(context, extra), `const ${instanceName(className)} = new ${className}(client);`];
}

/** `const client = new ApiClient({ <credentials>, <extra> });` */
export function clientLine(context: ReadmeContext, extra = ""): string {
  return `const client = ${newClient(context.profile.clientOptions, extra)};`;
}

/** Where example values come from: the models, and the profile's strings. */
export function exampleSource(context: ReadmeContext): ExampleSource {
  return { models: context.models, strings: context.profile.exampleStrings };
}

/** The constants the calls of `ops` take (`const roomJid = "...";`), each once, and the types they name. */
export function declarations(context: ReadmeContext, ...ops: OperationDef[]): { lines: string[]; types: string[] } {
  const all = ops.map((op) => exampleArguments(op, exampleSource(context), { withOptional: false }));
  return { lines: [...new Set(all.flatMap((a) => a.declarations))], types: all.flatMap((a) => a.types) };
}

function argumentNames(context: ReadmeContext, op: OperationDef): string[] {
  return exampleArguments(op, exampleSource(context), { withOptional: false }).names;
}

/** `chatApi.getChatsRoom(roomJid)`, with extra trailing arguments (opts, options) when given. */
export function callExpression(context: ReadmeContext, op: OperationDef, extra: readonly string[] = []): string {
  return `${instanceName(context.resource.className)}.${op.methodName}(${[...argumentNames(context, op), ...extra].join(", ")})`;
}

/** The same call through the standalone, tree-shakeable function. */
export function functionCall(context: ReadmeContext, op: OperationDef): string {
  return `${op.methodName}(${["client", ...argumentNames(context, op)].join(", ")})`;
}

/** The paging iterator's call, with a cap on the number of items. */
export function pagedCall(context: ReadmeContext, op: OperationDef): string {
  const args = [...argumentNames(context, op), "{ maxItems: 100 }"];
  return `${instanceName(context.resource.className)}.${op.paging!.methodName}(${args.join(", ")})`;
}
