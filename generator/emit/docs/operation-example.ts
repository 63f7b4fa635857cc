import type { OperationDef, ResourceDef } from "../../ir/types.js";
import { isIdentifier } from "../../ir/names.js";
import { optionalParams, positionalParams } from "../signature.js";
import { refsOf, stringLiteral, typeExprToString } from "../type-expr-to-string.js";
import { type DocsProfile, newClient } from "./docs-profile.js";
import { type ExampleSource, type ModelIndex, exampleValue } from "./example-value.js";

export interface ExampleContext {
  readonly packageName: string;
  readonly resource: ResourceDef;
  readonly models: ModelIndex;
  readonly profile: DocsProfile;
}

/** The variable name an example gives the resource instance: `ChatApi` -> `chatApi`. */
export function instanceName(className: string): string {
  return className.charAt(0).toLowerCase() + className.slice(1);
}

/** An example's arguments as named constants, so every line stays short and readable. */
export interface ExampleArguments {
  /** `const roomJid = "...";`, `const body: SendMessageBody = {...};` */
  readonly declarations: string[];
  /** The names passed to the call, in order. */
  readonly names: string[];
  /** Types the declarations name, to import. */
  readonly types: string[];
}

/** Names the examples use themselves; an argument with one of them gets a suffix. */
const TAKEN = new Set(["client", "result", "response", "controller", "options"]);

/**
 * Positional arguments, the body, and `opts` with the first optional parameter (or an
 * optional body) to show its shape. `withOptional: false` leaves `opts` out.
 */
export function exampleArguments(
  op: OperationDef,
  source: ExampleSource,
  { withOptional = true } = {},
): ExampleArguments {
  const declarations: string[] = [];
  const names: string[] = [];
  const types: string[] = [];
  const declare = (wanted: string, value: string, type?: string) => {
    const name = TAKEN.has(wanted) ? `${wanted}Value` : wanted;
    declarations.push(`const ${name}${type ? `: ${type}` : ""} = ${value};`);
    names.push(name);
  };
  for (const p of positionalParams(op)) declare(p.identifier, exampleValue(p.type, p.name, source));
  if (op.body?.required) {
    types.push(...refsOf(op.body.type));
    declare("body", exampleValue(op.body.type, "body", source), typeExprToString(op.body.type));
  }
  const firstOptional = optionalParams(op)[0];
  const optional = firstOptional
    ? [firstOptional.name, exampleValue(firstOptional.type, firstOptional.name, source)]
    : op.body && !op.body.required
      ? ["body", exampleValue(op.body.type, "body", source)]
      : undefined;
  if (withOptional && optional) {
    types.push(op.optionsTypeName);
    const key = isIdentifier(optional[0]!) ? optional[0]! : stringLiteral(optional[0]!);
    declare("opts", `{ ${key}: ${optional[1]} }`, op.optionsTypeName);
  }
  return { declarations, names, types };
}

/**
 * A complete program that calls one method with realistic arguments and names the
 * result's type, so type-checking the example also checks the documented return type.
 */
export function operationExample(op: OperationDef, { packageName, resource, models, profile }: ExampleContext): string {
  const api = instanceName(resource.className);
  const args = exampleArguments(op, { models, strings: profile.exampleStrings });
  const typeNames = [...new Set([...refsOf(op.result), ...args.types])].sort();
  const call = `${api}.${op.methodName}(${args.names.join(", ")})`;
  const lines = [
    `import { ApiClient, ${resource.className} } from ${stringLiteral(packageName)};`,
    ...(typeNames.length > 0 ? [`import type { ${typeNames.join(", ")} } from ${stringLiteral(packageName)};`] : []),
    "",
    `const client = ${newClient(profile.exampleClientOptions)};`,
    `const ${api} = new ${resource.className}(client);`,
    "",
    ...args.declarations,
    ...(op.result.kind === "void" ? [`await ${call};`] : resultLines(typeExprToString(op.result), call)),
  ];
  return lines.join("\n");
}

/** Awaits the call into a typed `result`; in two steps when one line would be too long to read. */
function resultLines(type: string, call: string): string[] {
  const oneLine = `const result: ${type} = await ${call};`;
  const lines =
    oneLine.length <= 100 ? [oneLine] : [`const response = ${call};`, `const result: ${type} = await response;`];
  return [...lines, "console.log(result);"];
}
