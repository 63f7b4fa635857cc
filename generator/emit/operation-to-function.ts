import {
  type FunctionDeclarationStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  StructureKind,
} from "ts-morph";
import { isIdentifier } from "../ir/names.js";
import type { OperationDef, ParamDef } from "../ir/types.js";
import { operationDocs } from "./operation-docs.js";
import { optionalParams, positionalParams } from "./signature.js";
import { stringLiteral, typeExprToString } from "./type-expr-to-string.js";

type Parameter = OptionalKind<ParameterDeclarationStructure>;

/** `ApiPromise<Room>`, `ApiPromise<void>`. */
export function returnType(op: OperationDef): string {
  return `ApiPromise<${typeExprToString(op.result)}>`;
}

/** The caller's parameters after `client`: positional ones, body, opts, options. */
export function callerParameters(op: OperationDef, { optsDefault }: { optsDefault: boolean }): Parameter[] {
  const params: Parameter[] = positionalParams(op).map((p) => ({ name: p.identifier, type: typeExprToString(p.type) }));
  if (op.body?.required) params.push({ name: "body", type: typeExprToString(op.body.type) });
  params.push(optsDefault
    ? { name: "opts", type: op.optionsTypeName, initializer: "{}" }
    : { name: "opts", type: op.optionsTypeName, hasQuestionToken: true });
  params.push({ name: "options", type: "RequestOptions", hasQuestionToken: true });
  return params;
}

/** One operation as a standalone function: tree-shakeable, one `client.request` call. */
export function operationToFunction(op: OperationDef): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: op.methodName,
    isExported: true,
    docs: operationDocs(op, { withClient: true }),
    parameters: [{ name: "client", type: "ApiClient" }, ...callerParameters(op, { optsDefault: true })],
    returnType: returnType(op),
    statements: [`return client.request<${typeExprToString(op.result)}>(${requestLiteral(op)}, options);`],
  };
}

function requestLiteral(op: OperationDef): string {
  const positional = new Set(positionalParams(op));
  const valueOf = (p: ParamDef) => (positional.has(p) ? p.identifier : optsAccess(p.name));
  const entries = (params: readonly ParamDef[]) =>
    params.map((p) => (p.identifier === p.name && positional.has(p) ? p.name : `${key(p.name)}: ${valueOf(p)}`));
  const lines = [
    `operationId: ${stringLiteral(op.operationId)}`,
    `method: "${op.httpMethod}"`,
    `path: ${stringLiteral(op.pathTemplate)}`,
  ];
  if (op.pathParams.length > 0) lines.push(`pathParams: { ${entries(op.pathParams).join(", ")} }`);
  if (op.queryParams.length > 0) lines.push(`query: { ${entries(op.queryParams).join(", ")} }`);
  lines.push(op.headerParams.length > 0
    ? `headers: { ${entries(op.headerParams).join(", ")}, ...opts.customHeaders }`
    : "headers: opts.customHeaders");
  if (op.body) lines.push(op.body.required ? "body" : "body: opts.body");
  if (op.body && op.body.contentType !== "application/json") {
    lines.push(`contentType: ${stringLiteral(op.body.contentType)}`);
  }
  const required = [...op.pathParams, ...[...op.queryParams, ...op.headerParams].filter((p) => p.required)]
    .map((p) => stringLiteral(p.name));
  if (op.body?.required) required.push('"body"');
  if (required.length > 0) lines.push(`required: [${required.join(", ")}]`);
  lines.push(`responseType: "${op.responseType}"`);
  return `{ ${lines.join(", ")} }`;
}

function key(name: string): string {
  return isIdentifier(name) ? name : stringLiteral(name);
}

function optsAccess(name: string): string {
  return isIdentifier(name) ? `opts.${name}` : `opts[${stringLiteral(name)}]`;
}
