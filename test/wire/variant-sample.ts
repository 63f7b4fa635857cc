import type { SpecOperation, SwaggerParam } from "./platform-spec.js";

/** How many operations exercise each kind of optional parameter in the null and falsy passes. */
const PER_KIND = 3;

/** "query:array/multi", "header:string", "body:string": what decides how a value is written. */
function optionalKinds(op: SpecOperation): string[] {
  return op.params.filter((param) => param.required !== true).map((param) => kindOf(param));
}

function kindOf(param: SwaggerParam): string {
  if (param.in === "body") return `body:${String(param.schema?.type ?? "object")}`;
  const format = param.format ? `/${param.format}` : "";
  const collection = param.collectionFormat ? `/${param.collectionFormat}` : "";
  return `${param.in}:${param.type ?? "?"}${format}${collection}`;
}

/**
 * The operations the null and falsy passes call: in spec order, each one that brings a kind
 * of optional parameter seen fewer than PER_KIND times so far. How an optional value is
 * written depends on its kind, not on the operation, so this covers every kind in a few dozen
 * calls instead of thousands.
 */
export function variantSample(operations: readonly SpecOperation[]): SpecOperation[] {
  const seen = new Map<string, number>();
  const chosen: SpecOperation[] = [];
  for (const op of operations) {
    const kinds = optionalKinds(op);
    if (!kinds.some((kind) => (seen.get(kind) ?? 0) < PER_KIND)) continue;
    chosen.push(op);
    for (const kind of new Set(kinds)) seen.set(kind, (seen.get(kind) ?? 0) + 1);
  }
  return chosen;
}

/** For "empty path": the first operation with a path parameter under each tag. */
export function emptyPathSample(operations: readonly SpecOperation[]): SpecOperation[] {
  const byTag = new Map<string, SpecOperation>();
  for (const op of operations) {
    const tag = op.tags[0];
    if (tag && !byTag.has(tag) && op.params.some((param) => param.in === "path")) byTag.set(tag, op);
  }
  return [...byTag.values()];
}
