/**
 * The variables of a path template. OpenAPI writes `{name}`; some specs use RFC 6570
 * operators and modifiers as well (`{.label}`, `{;matrix}`, `{name*}`), which change how
 * the value is written into the path. Both the validator and the IR read templates here.
 */

/** An RFC 6570 operator: label, matrix, path segment, reserved, fragment, query, continuation. */
export type TemplateOperator = "." | ";" | "/" | "+" | "#" | "?" | "&";

export interface TemplateVariable {
  /** The text between the braces, as written: ".label", "name*". */
  readonly raw: string;
  /** The parameter name it stands for: "label", "name". */
  readonly name: string;
  readonly operator?: TemplateOperator;
  /** Marked `*` (explode). */
  readonly explode: boolean;
}

const OPERATORS = new Set<string>([".", ";", "/", "+", "#", "?", "&"]);

/**
 * Every `{...}` of `path`, in order. A slot whose whole text is a declared parameter's name
 * (`{.}`, `{+id}`) is that parameter, not an operator applied to another name.
 */
export function templateVariables(
  path: string,
  declared: Pick<ReadonlySet<string>, "has"> = new Set(),
): TemplateVariable[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => {
    const raw = match[1]!;
    if (declared.has(raw)) return { raw, name: raw, explode: false };
    const first = raw.charAt(0);
    const operator = OPERATORS.has(first) ? (first as TemplateOperator) : undefined;
    const rest = operator ? raw.slice(1) : raw;
    const explode = rest.endsWith("*");
    const name = explode ? rest.slice(0, -1) : rest;
    return operator ? { raw, name, operator, explode } : { raw, name, explode };
  });
}
