import type { JSDocStructure, JSDocTagStructure } from "ts-morph";
import type { OperationDef, ResponseDef } from "../ir/types.js";
import { responseKey } from "../ir/response-key.js";
import { docText, paragraphs } from "./jsdoc.js";
import { typeExprToString } from "./type-expr-to-string.js";
import { optionalParams, positionalParams } from "./signature.js";
import { StructureKind } from "./structure-kind.js";

/**
 * The JSDoc of an operation, shared by its function and its class method: what is particular
 * to it (summary, description, endpoint, preview, permissions, the responses other operations
 * do not share, the parameters the spec describes, the success response). What every method
 * has alike (the common error responses, `opts.customHeaders`, the per-request `options`,
 * `.withHttpInfo()`) is documented once, on the class and in the README.
 */
export function operationDocs(op: OperationDef, common: ReadonlySet<string>): JSDocStructure[] {
  const { docs } = op;
  const own = op.responses.filter((r) => !r.status.startsWith("2") && !common.has(responseKey(r)));
  const description = paragraphs(
    docs.summary && docText(docs.summary),
    docs.description && docText(docs.description),
    [`\`${op.httpMethod} ${docText(op.pathTemplate)}\``, docs.preview && "(preview: subject to change)"]
      .filter(Boolean)
      .join(" "),
    permissionsText(op),
    own.length > 0 && `Also fails with:\n${own.map(responseLine).join("\n")}`,
  );
  return [{ kind: StructureKind.JSDoc, description, tags: tags(op) }];
}

function permissionsText(op: OperationDef): string | undefined {
  const permissions = op.docs.permissions;
  if (!permissions) return undefined;
  if (permissions.permissions.length === 0) return "Requires no permissions.";
  const list = permissions.permissions.map((p) => `\`${docText(p)}\``).join(", ");
  return `Requires ${permissions.type} of these permissions: ${list}.`;
}

export function responseLine(response: ResponseDef): string {
  const type = response.type ? ` \`${docText(typeExprToString(response.type))}\`` : "";
  const description = response.description ? `: ${docText(response.description)}` : "";
  return `- ${docText(response.status)}${type}${description}`;
}

/** `@param` only where the spec says more than the name; `@returns` with the success response. */
function tags(op: OperationDef): JSDocTagStructure[] {
  const result: JSDocTagStructure[] = [];
  const param = (name: string, text: string | undefined) => {
    if (text && !restatesName(text, name))
      result.push({ kind: StructureKind.JSDocTag, tagName: "param", text: `${docText(name)} - ${docText(text)}` });
  };
  for (const p of positionalParams(op)) param(p.identifier, p.description);
  if (op.body?.required) param("body", op.body.description);
  for (const p of optionalParams(op)) param(`opts.${p.optionKey}`, p.description);
  if (op.body && !op.body.required) param("opts.body", op.body.description);
  result.push({ kind: StructureKind.JSDocTag, tagName: "returns", text: returnsText(op) });
  if (op.docs.deprecated) result.push({ kind: StructureKind.JSDocTag, tagName: "deprecated" });
  return result;
}

/** "roomJid" for `roomJid`, "Room JID" for `roomJid`: a description that only repeats the name. */
function restatesName(text: string, name: string): boolean {
  const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  return letters(text) === letters(name.replace(/^opts\./, ""));
}

function returnsText(op: OperationDef): string {
  const success = op.responses.find((r) => /^2/.test(r.status));
  const what =
    op.result.kind === "void"
      ? "Resolves when the request succeeds"
      : `The \`${docText(typeExprToString(op.result))}\``;
  const status = success
    ? ` (${docText(success.status)}${success.description ? `: ${docText(success.description)}` : ""})`
    : "";
  return `${what}${status}.`;
}
