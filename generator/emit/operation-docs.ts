import { type JSDocStructure, type JSDocTagStructure, StructureKind } from "ts-morph";
import type { OperationDef, ResponseDef } from "../ir/types.js";
import { docText, paragraphs } from "./jsdoc.js";
import { typeExprToString } from "./type-expr-to-string.js";
import { optionalParams, positionalParams } from "./signature.js";

/**
 * The JSDoc of an operation, shared by its function and its ChatApi method: summary,
 * description, endpoint, permissions, preview notice, parameters, status codes.
 */
export function operationDocs(op: OperationDef, { withClient }: { withClient: boolean }): JSDocStructure[] {
  const { docs } = op;
  const description = paragraphs(
    docs.summary && docText(docs.summary),
    docs.description && docText(docs.description),
    `\`${op.httpMethod} ${docText(op.pathTemplate)}\``,
    docs.preview && "Preview: this resource is in preview and subject to change.",
    permissionsText(op),
    `Responses:\n${op.responses.map(responseLine).join("\n")}`,
  );
  return [{ kind: StructureKind.JSDoc, description, tags: tags(op, withClient) }];
}

function permissionsText(op: OperationDef): string | undefined {
  const permissions = op.docs.permissions;
  if (!permissions) return undefined;
  if (permissions.permissions.length === 0) return "Requires no permissions.";
  const list = permissions.permissions.map((p) => `\`${docText(p)}\``).join(", ");
  return `Requires ${permissions.type} of these permissions: ${list}.`;
}

function responseLine(response: ResponseDef): string {
  const type = response.type ? ` \`${docText(typeExprToString(response.type))}\`` : "";
  const description = response.description ? `: ${docText(response.description)}` : "";
  return `- ${docText(response.status)}${type}${description}`;
}

function tags(op: OperationDef, withClient: boolean): JSDocTagStructure[] {
  const param = (name: string, text?: string): JSDocTagStructure => ({
    kind: StructureKind.JSDocTag,
    tagName: "param",
    text: text ? `${docText(name)} - ${docText(text)}` : docText(name),
  });
  const result: JSDocTagStructure[] = [];
  if (withClient) result.push(param("client", "The ApiClient that sends the request."));
  for (const p of positionalParams(op)) result.push(param(p.identifier, p.description));
  if (op.body?.required) result.push(param("body", op.body.description));
  result.push(param("opts", "Optional parameters."));
  for (const p of optionalParams(op)) result.push(param(`opts.${p.optionKey}`, p.description));
  if (op.body && !op.body.required) result.push(param("opts.body", op.body.description));
  result.push(param("opts.customHeaders", "Headers sent with this request only."));
  result.push(param("options", "Per-request options: abort signal, timeout, headers, retry policy."));
  result.push({ kind: StructureKind.JSDocTag, tagName: "returns", text: returnsText(op) });
  if (op.docs.deprecated) result.push({ kind: StructureKind.JSDocTag, tagName: "deprecated" });
  return result;
}

function returnsText(op: OperationDef): string {
  const success = op.responses.find((r) => /^2/.test(r.status));
  const what = op.result.kind === "void" ? "Resolves when the request succeeds" : `The \`${docText(typeExprToString(op.result))}\``;
  const status = success ? ` (${docText(success.status)}${success.description ? `: ${docText(success.description)}` : ""})` : "";
  return `${what}${status}. \`.withHttpInfo()\` also gives the status, headers and correlation id.`;
}
