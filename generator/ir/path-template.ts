import { type BuildContext, deref, report } from "./build-context.js";
import { isObject } from "../lib/json.js";
import { type TemplateVariable, templateVariables } from "../lib/path-template.js";
import { type ParameterSite, declaredParameters, paramSchema } from "./build-parameters.js";

/** What the template needs to know of a declared path parameter. */
export interface PathParamFacts {
  /** The parameter's `style` keyword, as written. */
  readonly style?: unknown;
  /** Its value is a string, number or boolean (so it is written as one piece of text). */
  readonly primitive: boolean;
}

/** The runtime's template for one operation (see runtimePathTemplate), from its declared parameters. */
export function operationPathTemplate(
  ctx: BuildContext,
  site: Omit<ParameterSite, "methodName"> & { label: string },
): string | undefined {
  const params = new Map<string, PathParamFacts>();
  for (const { raw } of declaredParameters(ctx, site)) {
    if (raw.in === "path")
      params.set(String(raw.name), { style: raw.style, primitive: isPrimitiveSchema(ctx, paramSchema(raw)) });
  }
  return runtimePathTemplate(ctx, { label: site.label, path: site.path, pointer: site.operationPointer, params });
}

/**
 * The template the runtime fills, which knows only plain `{name}` slots, each value encoded as
 * text. A primitive in label, matrix or path-segment style (an RFC 6570 operator in the
 * template, or the parameter's `style`) becomes literal text around a plain slot: `{.v}` ->
 * `.{v}`, `{;v}` -> `;v={v}`, `{/v}` -> `/{v}`. Anything else in those styles (an array or
 * object, or the reserved, fragment and query operators) the runtime cannot write: the
 * operation is left out, with a warning, rather than sending a wrong URL. Undeclared
 * variables are strings (validation has warned).
 */
export function runtimePathTemplate(
  ctx: BuildContext,
  {
    label,
    path,
    pointer,
    params,
  }: { label: string; path: string; pointer: string; params: ReadonlyMap<string, PathParamFacts> },
): string | undefined {
  const refused: string[] = [];
  const template = path.replace(/\{[^}]+\}/g, (slot) => {
    const variable = templateVariables(slot, params)[0]!;
    const written = slotText(variable, params.get(variable.name) ?? { primitive: true });
    if (written === undefined) refused.push(`"${slot}"`);
    return written ?? slot;
  });
  if (refused.length === 0) return template;
  report(
    ctx,
    "unsupported-path-template",
    pointer,
    `Operation ${label} is left out: the runtime cannot write ${refused.join(", ")} into the path (only a string, number or boolean has a label, matrix or path-segment form it sends).`,
  );
  return undefined;
}

function slotText(variable: TemplateVariable, facts: PathParamFacts): string | undefined {
  const slot = `{${variable.name}}`;
  const style = styleOf(variable, facts);
  // Simple style is what the runtime writes; `*` changes nothing for a primitive or an array.
  if (style === "simple") return slot;
  if (!facts.primitive || !/^[\w.~-]+$/.test(variable.name)) return undefined;
  if (style === "label") return `.${slot}`;
  if (style === "matrix") return `;${variable.name}=${slot}`;
  if (style === "segment") return `/${slot}`;
  return undefined;
}

function styleOf(
  variable: TemplateVariable,
  facts: PathParamFacts,
): "simple" | "label" | "matrix" | "segment" | "other" {
  switch (variable.operator) {
    case ".":
      return "label";
    case ";":
      return "matrix";
    case "/":
      return "segment";
    case undefined:
      return facts.style === "label" || facts.style === "matrix" ? facts.style : "simple";
    default:
      return "other";
  }
}

const PRIMITIVE_TYPES = new Set(["string", "number", "integer", "boolean", "null"]);

/**
 * True when a schema can only be a string, number or boolean (or null), read from the spec
 * before any type is built; a missing schema is sent as text too.
 */
export function isPrimitiveSchema(ctx: BuildContext, schema: unknown, depth = 0): boolean {
  if (schema === undefined || schema === true) return true;
  const node = deref(ctx, schema);
  if (!node || depth > 16) return false;
  const parts = ["allOf", "oneOf", "anyOf"].flatMap((key) => (Array.isArray(node[key]) ? node[key] : []));
  if (parts.length > 0) return parts.every((part: unknown) => isPrimitiveSchema(ctx, part, depth + 1));
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  if (types.length > 0) return types.every((type) => typeof type === "string" && PRIMITIVE_TYPES.has(type));
  const values = Array.isArray(node.enum) ? node.enum : "const" in node ? [node.const] : undefined;
  if (values) return values.every((value) => !isObject(value) && !Array.isArray(value));
  return node.properties === undefined && node.items === undefined && node.additionalProperties === undefined;
}
