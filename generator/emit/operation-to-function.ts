import type { FunctionDeclarationStructure, OptionalKind, ParameterDeclarationStructure } from "ts-morph";
import type { OperationDef } from "../ir/types.js";
import { operationDocs } from "./operation-docs.js";
import { requestLiteral } from "./request-literal.js";
import { positionalParams } from "./signature.js";
import { typeExprToString } from "./type-expr-to-string.js";
import { StructureKind } from "./structure-kind.js";

type Parameter = OptionalKind<ParameterDeclarationStructure>;

/** `ApiPromise<Room>`, `ApiPromise<void>`. */
export function returnType(op: OperationDef): string {
  return `ApiPromise<${typeExprToString(op.result)}>`;
}

/** The caller's parameters after `client`: positional ones, body, opts, options. */
export function callerParameters(op: OperationDef, { optsDefault }: { optsDefault: boolean }): Parameter[] {
  const params: Parameter[] = positionalParams(op).map((p) => ({ name: p.identifier, type: typeExprToString(p.type) }));
  if (op.body?.required) params.push({ name: "body", type: typeExprToString(op.body.type) });
  params.push(
    optsDefault
      ? { name: "opts", type: op.optionsTypeName, initializer: "{}" }
      : { name: "opts", type: op.optionsTypeName, hasQuestionToken: true },
  );
  params.push({ name: "options", type: "RequestOptions", hasQuestionToken: true });
  return params;
}

/** One operation as a standalone function: tree-shakeable, one `client.request` call. */
export function operationToFunction(
  op: OperationDef,
  { common, specClient }: { common: ReadonlySet<string>; specClient: boolean },
): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: op.methodName,
    isExported: true,
    docs: operationDocs(op, common),
    parameters: [{ name: "client", type: "ApiClient" }, ...callerParameters(op, { optsDefault: true })],
    returnType: returnType(op),
    // Written in the shape prettier gives a call whose object argument does not fit on one line.
    statements: [
      `return client.request<${typeExprToString(op.result)}>(\n  {\n${requestLiteral(op, { withSecurity: specClient })
        .map((l) => `    ${l},`)
        .join("\n")}\n  },\n  options,\n);`,
    ],
  };
}
