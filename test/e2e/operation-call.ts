import { optionalParams, positionalParams } from "../../generator/emit/signature.js";
import type { OperationDef, ParamDef } from "../../generator/ir/types.js";
import type { ApiPromise, ChatApi } from "../../generated/chat-client/src/index.js";
import { minimalValue } from "./minimal-value.js";
import { parameterSchema, requestBodySchema, type SpecDocument } from "./spec-schema.js";

/** The arguments of one ChatApi method call, in the generated signature's order. */
export interface OperationCall {
  readonly methodName: string;
  readonly args: readonly unknown[];
}

/**
 * A call the spec allows: every positional parameter, the minimal valid body, and every
 * optional parameter in `opts` (so their serialisation is validated too).
 * Path values carry "@" and "/" because room JIDs do, and the client must encode them.
 */
export function validCall(document: SpecDocument, op: OperationDef): OperationCall {
  const positional = positionalParams(op).map((param) => parameterValue(document, param));
  const bodySchema = requestBodySchema(document, op);
  if (op.body && !bodySchema) throw new Error(`${op.methodName} has a body but no schema for ${op.body.contentType}.`);
  const body = bodySchema ? [minimalValue(document, bodySchema)] : [];
  const opts = Object.fromEntries(
    optionalParams(op).map((param) => [param.identifier, parameterValue(document, param)]),
  );
  return { methodName: op.methodName, args: [...positional, ...body, opts] };
}

function parameterValue(document: SpecDocument, param: ParamDef): unknown {
  const schema = parameterSchema(document, param);
  if (
    param.location === "path" &&
    schema.type === "string" &&
    schema.enum === undefined &&
    schema.format === undefined
  ) {
    return `${param.identifier}-1@example.com/x`;
  }
  return minimalValue(document, schema);
}

/** Calls `chat[methodName](...args)` the way a user would, as a method of the instance. */
export function invoke(chat: ChatApi, call: OperationCall): ApiPromise<unknown> {
  const method = (chat as unknown as Record<string, unknown>)[call.methodName];
  if (typeof method !== "function") throw new Error(`ChatApi has no method ${call.methodName}.`);
  return (method as (...args: unknown[]) => ApiPromise<unknown>).apply(chat, [...call.args]);
}
