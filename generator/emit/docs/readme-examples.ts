import type { OperationDef, ResourceDef } from "../../ir/types.js";
import { stringLiteral } from "../type-expr-to-string.js";
import type { ModelIndex } from "./example-value.js";
import { exampleArguments, instanceName } from "./operation-example.js";

/** What the README's examples are built from: real names from the IR, so they compile. */
export interface ReadmeContext {
  readonly packageName: string;
  readonly resource: ResourceDef;
  readonly models: ModelIndex;
  /** A read call with a result, shown in most sections. */
  readonly read: OperationDef;
  /** A call that sends a body, when the API has one. */
  readonly write?: OperationDef;
  readonly paged?: OperationDef;
}

/** Picks the operations the README shows: a simple GET, a body-sending call, a paged listing. */
export function readmeContext(packageName: string, resource: ResourceDef, models: ModelIndex): ReadmeContext {
  const ops = resource.operations;
  const read = ops.find((op) => op.httpMethod === "GET" && op.result.kind !== "void" && op.pathParams.length === 1) ??
    ops.find((op) => op.httpMethod === "GET") ?? ops[0]!;
  const write = ops.find((op) => op.httpMethod === "POST" && op.body?.required) ?? ops.find((op) => op.body?.required);
  return { packageName, resource, models, read, write, paged: ops.find((op) => op.paging) };
}

/** `import { a, b, type C } from "pkg";` with the names sorted and deduplicated. */
export function importLine(context: ReadmeContext, names: readonly string[], types: readonly string[] = []): string {
  const values = [...new Set(names)].sort();
  const typeOnly = [...new Set(types)].filter((t) => !values.includes(t)).sort().map((t) => `type ${t}`);
  return `import { ${[...values, ...typeOnly].join(", ")} } from ${stringLiteral(context.packageName)};`;
}

/** The lines that create a client with a token and the resource instance. */
export function setupLines(context: ReadmeContext, clientOptions = 'accessToken: "YOUR_ACCESS_TOKEN"'): string[] {
  const { className } = context.resource;
  return [
    `const client = new ApiClient({ ${clientOptions} });`,
    `const ${instanceName(className)} = new ${className}(client);`,
  ];
}

/** The constants the calls of `ops` take (`const roomJid = "...";`), each once, and the types they name. */
export function declarations(context: ReadmeContext, ...ops: OperationDef[]): { lines: string[]; types: string[] } {
  const all = ops.map((op) => exampleArguments(op, context.models, { withOptional: false }));
  return { lines: [...new Set(all.flatMap((a) => a.declarations))], types: all.flatMap((a) => a.types) };
}

function argumentNames(context: ReadmeContext, op: OperationDef): string[] {
  return exampleArguments(op, context.models, { withOptional: false }).names;
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
