import { isIdentifier } from "../ir/names.js";
import type { OperationDef, ParamDef } from "../ir/types.js";
import { requirementsLiteral } from "./api-client-file.js";
import { positionalParams } from "./signature.js";
import { stringLiteral } from "./type-expr-to-string.js";
import { wellFormed } from "../lib/text.js";

/**
 * The `OperationRequest` object literal an operation hands to `client.request`: every
 * name from the spec goes through `stringLiteral`, so spec text stays data. One member per line.
 * `withSecurity` adds the requirements the operation states itself, for the spec's client.
 */
export function requestLiteral(op: OperationDef, { withSecurity = false } = {}): string[] {
  const positional = new Set(positionalParams(op));
  const accessOf = (p: ParamDef) => (positional.has(p) ? p.identifier : optsAccess(p.optionKey));
  const wireValueOf = (p: ParamDef) => wireValue(p, accessOf(p));
  const entries = (params: readonly ParamDef[]) =>
    params.map((p) => (isShorthand(p, positional) ? p.name : `${key(p.name)}: ${wireValueOf(p)}`));
  const lines = [
    `operationId: ${stringLiteral(op.operationId)}`,
    `method: "${op.httpMethod}"`,
    `path: ${stringLiteral(op.pathTemplate)}`,
  ];
  if (op.pathParams.length > 0) lines.push(`pathParams: { ${entries(op.pathParams).join(", ")} }`);
  if (op.queryParams.length > 0) lines.push(`query: { ${entries(op.queryParams).join(", ")} }`);
  const styled = op.queryParams.filter((p) => p.queryStyle !== undefined);
  if (styled.length > 0) {
    lines.push(`queryStyles: { ${styled.map((p) => `${key(p.name)}: ${styleValue(p)}`).join(", ")} }`);
  }
  const headers = entries(op.headerParams);
  lines.push(
    headers.length > 0 ? `headers: { ${headers.join(", ")}, ...opts.customHeaders }` : "headers: opts.customHeaders",
  );
  // A cookie's name goes on the wire as written, so a lone surrogate in it becomes U+FFFD here, not a runtime error.
  const cookies = op.cookieParams.map((p) => `${key(wellFormed(p.name))}: ${wireValueOf(p)}`);
  if (cookies.length > 0) lines.push(`cookies: { ${cookies.join(", ")} }`);
  if (op.body) lines.push(op.body.required ? "body" : "body: opts.body");
  if (op.body && op.body.contentType !== "application/json") {
    lines.push(`contentType: ${stringLiteral(op.body.contentType)}`);
  }
  if (op.body?.jsonText) lines.push("bodyIsJsonText: true");
  const required = [...op.pathParams, ...[...op.queryParams, ...op.headerParams].filter((p) => p.required)].map((p) =>
    stringLiteral(p.name),
  );
  if (op.body?.required) required.push('"body"');
  if (required.length > 0) lines.push(`required: [${required.join(", ")}]`);
  if (withSecurity && op.security) lines.push(`security: ${requirementsLiteral(op.security)}`);
  lines.push(`responseType: "${op.responseType}"`);
  if (op.bodyOptional) lines.push("bodyOptional: true");
  if (op.accept) lines.push(`accept: ${stringLiteral(op.accept)}`);
  return lines;
}

function isShorthand(p: ParamDef, positional: ReadonlySet<ParamDef>): boolean {
  return p.identifier === p.name && positional.has(p) && p.serialize === undefined;
}

/** The value as the runtime takes it: converted to text when its type is not one it sends as is. */
function wireValue(p: ParamDef, access: string): string {
  if (p.serialize === "string") return `${access} == null ? undefined : String(${access})`;
  if (p.serialize === "json") return `${access} == null ? undefined : JSON.stringify(${access})`;
  return access;
}

/**
 * TypeScript does not type a property named like an `Object.prototype` member from the
 * record's index signature, so `{ constructor: "pipeDelimited" }` would widen to string.
 */
function styleValue(p: ParamDef): string {
  return p.name in Object.prototype ? `"${p.queryStyle}" as const` : `"${p.queryStyle}"`;
}

function key(name: string): string {
  // `__proto__: x` in an object literal sets the prototype; a computed key is a plain property.
  if (name === "__proto__") return `["__proto__"]`;
  return isIdentifier(name) ? name : stringLiteral(name);
}

function optsAccess(name: string): string {
  return isIdentifier(name) ? `opts.${name}` : `opts[${stringLiteral(name)}]`;
}
