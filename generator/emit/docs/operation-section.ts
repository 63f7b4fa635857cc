import type { OperationDef, ParamDef, ResponseDef } from "../../ir/types.js";
import { optionalParams, positionalParams } from "../signature.js";
import { type ExampleContext, instanceName, operationExample } from "./operation-example.js";
import { blocks, code, codeBlock, escapeCell, escapeText, table } from "./markdown.js";
import { type ModelLinks, typeToMarkdown } from "./type-link.js";

/** Links from docs/ChatApi.md to docs/models/. */
const MODELS_DIR = "models/";

/** What a method's section needs: the example context, and where each model is documented. */
export interface SectionContext extends ExampleContext {
  readonly links: ModelLinks;
}

/** One method's section of the API page: docs, endpoint, permissions, parameters, responses, example. */
export function operationSection(op: OperationDef, context: SectionContext): string {
  const { docs } = op;
  return blocks(
    `### ${op.methodName}`,
    docs.summary && escapeText(docs.summary),
    docs.description && escapeText(docs.description),
    docs.deprecated && "> **Deprecated:** the API marks this operation as deprecated; avoid it in new code.",
    docs.preview && "> **Preview:** this resource is in preview and subject to change without notice.",
    `**Endpoint:** ${code(`${op.httpMethod} ${op.pathTemplate}`)}`,
    `**Call:** ${code(signature(op, instanceName(context.resource.className)))}`,
    permissionsBlock(op),
    context.profile.securityNote(op),
    "#### Parameters",
    parametersTable(op, context.links),
    "#### Returns",
    returnsText(op, context.links),
    "#### Responses",
    responsesTable(op.responses, context.links),
    "#### Example",
    codeBlock("ts", operationExample(op, context)),
  ).trimEnd();
}

function signature(op: OperationDef, instance: string): string {
  const args = [
    ...positionalParams(op).map((p) => p.identifier),
    ...(op.body?.required ? ["body"] : []),
    "opts?",
    "options?",
  ];
  return `${instance}.${op.methodName}(${args.join(", ")})`;
}

function permissionsBlock(op: OperationDef): string {
  const permissions = op.docs.permissions;
  // Only a vendor's conventions (the Genesys extensions) say anything about permissions.
  if (!permissions) return "";
  if (permissions.permissions.length === 0) return "**Permissions:** requires no permissions.";
  const list = permissions.permissions.map((p) => `- ${code(p)}`).join("\n");
  return `**Permissions:** requires ${permissions.type} of:\n\n${list}`;
}

function parametersTable(op: OperationDef, links: ModelLinks): string {
  const row = (p: ParamDef) => [
    code(p.name),
    p.location,
    typeToMarkdown(p.type, MODELS_DIR, links),
    p.required ? "yes" : "no",
    escapeCell(p.description) + (p.deprecated ? " (deprecated)" : ""),
  ];
  const rows = [...positionalParams(op), ...optionalParams(op)].map(row);
  if (op.body) {
    const where = op.body.required ? "body" : "body (`opts.body`)";
    rows.push([
      code("body"),
      where,
      typeToMarkdown(op.body.type, MODELS_DIR, links),
      op.body.required ? "yes" : "no",
      escapeCell(op.body.description),
    ]);
  }
  if (rows.length === 0) return "None.";
  const note = optionalParams(op).length > 0 ? "\n\nOptional parameters go in `opts`, keyed by their name." : "";
  return table(["Name", "In", "Type", "Required", "Description"], rows) + note;
}

function returnsText(op: OperationDef, links: ModelLinks): string {
  const what =
    op.result.kind === "void"
      ? "An `ApiPromise<void>` that resolves when the request succeeds."
      : `An \`ApiPromise\` of ${typeToMarkdown(op.result, MODELS_DIR, links)}.`;
  const raw = "Call `.withHttpInfo()` on it for the status, headers and correlation id too.";
  const paging = op.paging
    ? `\n\n${code(op.paging.methodName)} walks every page of this listing as an async iterator of ${typeToMarkdown(op.paging.item, MODELS_DIR, links)}.`
    : "";
  return `${what} ${raw}${paging}`;
}

function responsesTable(responses: readonly ResponseDef[], links: ModelLinks): string {
  const rows = responses.map((r) => [
    code(r.status),
    r.type ? typeToMarkdown(r.type, MODELS_DIR, links) : "",
    escapeCell(r.description),
  ]);
  return table(["Status", "Type", "Description"], rows);
}
