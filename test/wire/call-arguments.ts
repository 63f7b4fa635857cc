import { findParam, type PlatformSpec, type SpecOperation } from "./platform-spec.js";
import { bodyValue, distinctValue, falsyValue, type ValueStyle } from "./sample-values.js";
import type { SdkBinding, SdkSignature } from "./sdk-signature.js";

/** The arguments both clients are called with: the SDK's positional order, then `opts`. */
export interface CallArguments {
  readonly positional: readonly unknown[];
  readonly opts: Readonly<Record<string, unknown>>;
}

interface ArgumentsInput {
  readonly spec: PlatformSpec;
  readonly op: SpecOperation;
  readonly signature: SdkSignature;
  readonly style: ValueStyle;
}

/** The custom header every call carries, to check that `opts.customHeaders` reaches the wire. */
export const CUSTOM_HEADER = "X-Wire-Case";

/**
 * Fills every positional parameter and every `opts` key the SDK reads. Positional values are
 * distinct (they are required) except the path ones of "empty path"; `style` decides the optional ones.
 */
export function buildArguments({ spec, op, signature, style }: ArgumentsInput): CallArguments {
  let k = 0;
  const bindingValue = (binding: SdkBinding | undefined): unknown => {
    k += 1;
    const optional = binding?.fromOpts === true;
    if (binding?.location === "body") return bodyFor({ spec, op, style: optional ? style : "distinct" });
    const param = binding ? findParam(op, binding.location, binding.wireName) : undefined;
    if (!optional) return style === "empty path" && param?.in === "path" ? "" : distinctValue(param, k);
    if (style === "null") return null;
    return style === "falsy" ? falsyValue(param) : distinctValue(param, k);
  };
  const positionalBinding = (name: string): SdkBinding | undefined =>
    signature.bindings.find((binding) => !binding.fromOpts && binding.sdkName === name);
  const positional = signature.positional.map((name) => bindingValue(positionalBinding(name)));
  const opts: Record<string, unknown> = {};
  for (const binding of signature.bindings.filter((candidate) => candidate.fromOpts)) {
    opts[binding.sdkName] = bindingValue(binding);
  }
  opts.customHeaders = { [CUSTOM_HEADER]: op.operationId };
  return { positional, opts };
}

/** The body: a full one, or for an optional body null, or an empty one of its type ("falsy"). */
function bodyFor({ spec, op, style }: Omit<ArgumentsInput, "signature">): unknown {
  const param = op.params.find((candidate) => candidate.in === "body");
  if (!param) throw new Error(`${op.operationId}: the SDK sends a body the spec does not have.`);
  const full = bodyValue(spec, param.schema, op.operationId);
  if (style === "null") return null;
  if (style !== "falsy") return full;
  if (typeof full === "string") return "";
  return Array.isArray(full) ? [] : {};
}
