import type { OperationDef, ResourceDef } from "../../ir/types.js";
import { isIdentifier } from "../../ir/names.js";
import { optionalParams, positionalParams } from "../signature.js";
import { refsOf, stringLiteral, typeExprToString } from "../type-expr-to-string.js";
import { type ModelIndex, exampleValue } from "./example-value.js";

export interface ExampleContext {
  readonly packageName: string;
  readonly resource: ResourceDef;
  readonly models: ModelIndex;
}

/** The variable name an example gives the resource instance: `ChatApi` -> `chatApi`. */
export function instanceName(className: string): string {
  return className.charAt(0).toLowerCase() + className.slice(1);
}

/**
 * A complete program that calls one method with realistic arguments and names the
 * result's type, so type-checking the example also checks the documented return type.
 */
export function operationExample(op: OperationDef, { packageName, resource, models }: ExampleContext): string {
  const api = instanceName(resource.className);
  const resultTypes = [...refsOf(op.result)].sort();
  const call = `${api}.${op.methodName}(${callArguments(op, models).join(", ")})`;
  const lines = [
    `import { ApiClient, ${resource.className} } from ${stringLiteral(packageName)};`,
    ...(resultTypes.length > 0 ? [`import type { ${resultTypes.join(", ")} } from ${stringLiteral(packageName)};`] : []),
    "",
    'const client = new ApiClient({ environment: "mypurecloud.com", accessToken: "YOUR_ACCESS_TOKEN" });',
    `const ${api} = new ${resource.className}(client);`,
    "",
    ...(op.result.kind === "void"
      ? [`await ${call};`]
      : [`const result: ${typeExprToString(op.result)} = await ${call};`, "console.log(result);"]),
  ];
  return lines.join("\n");
}

/** Positional arguments, the body, and `opts` with the first optional parameter to show its shape. */
export function callArguments(op: OperationDef, models: ModelIndex): string[] {
  const args = positionalParams(op).map((p) => exampleValue(p.type, p.name, models));
  if (op.body?.required) args.push(exampleValue(op.body.type, "body", models));
  const firstOptional = optionalParams(op)[0];
  if (firstOptional) {
    const key = isIdentifier(firstOptional.name) ? firstOptional.name : stringLiteral(firstOptional.name);
    args.push(`{ ${key}: ${exampleValue(firstOptional.type, firstOptional.name, models)} }`);
  } else if (op.body && !op.body.required) {
    args.push(`{ body: ${exampleValue(op.body.type, "body", models)} }`);
  }
  return args;
}
