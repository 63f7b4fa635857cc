import { optionalParams, positionalParams } from "../emit/signature.js";
import { typeExprToString } from "../emit/type-expr-to-string.js";
import { compareCodeUnits } from "../lib/compare.js";
import type { ApiDef, ModelDef, OperationDef, ParamDef } from "../ir/types.js";
import { type ModelUsage, modelUsage } from "./model-usage.js";

/**
 * The public surface of a generated client as stable JSON: what callers can see and
 * depend on (method signatures, models), with types printed as the client prints them.
 * Docs text is left out on purpose: rewording a description is not an API change.
 */
export interface ApiSurface {
  /** Keyed by method name, sorted. */
  readonly methods: Readonly<Record<string, MethodSurface>>;
  /** Keyed by model name, sorted. */
  readonly models: Readonly<Record<string, ModelSurface>>;
}

export interface ParamSurface {
  /** The positional parameter's identifier, or the `opts` key. */
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
}

export interface MethodSurface {
  /** "GET /api/v2/chats/rooms/{roomJid}". */
  readonly endpoint: string;
  /** In call order. */
  readonly positional: readonly ParamSurface[];
  /** Sorted by key. */
  readonly opts: readonly ParamSurface[];
  readonly body?: { readonly type: string; readonly required: boolean };
  readonly returns: string;
  readonly deprecated: boolean;
  readonly preview: boolean;
}

export interface PropertySurface {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly readOnly: boolean;
}

export interface ModelSurface {
  readonly kind: ModelDef["kind"];
  /** Whether callers send it (request), receive it (response), both, or neither. */
  readonly usage: ModelUsage;
  /** Object models: the models it extends. */
  readonly extends?: readonly string[];
  /** Object models, in spec order. */
  readonly properties?: readonly PropertySurface[];
  /** Enum models, in spec order. */
  readonly values?: readonly (string | number | boolean)[];
  /** Alias models: the aliased type. */
  readonly type?: string;
}

/** ApiDef in, its public surface out: deterministic, so it can be stored and diffed later. */
export function apiSurface(api: ApiDef): ApiSurface {
  // An operation with several tags is in several resources; it is one method of the surface.
  const operations = [...new Set(api.resources.flatMap((resource) => resource.operations))];
  const methods = operations
    .map((op): [string, MethodSurface] => [op.methodName, methodSurface(op)])
    .sort(([a], [b]) => compareCodeUnits(a, b));
  const usage = modelUsage(api);
  const models = api.models
    .map((model): [string, ModelSurface] => [model.name, modelSurface(model, usage.get(model.name) ?? "none")])
    .sort(([a], [b]) => compareCodeUnits(a, b));
  return { methods: Object.fromEntries(methods), models: Object.fromEntries(models) };
}

/** The surface as the text of `api-surface.json`: two-space JSON with a final newline. */
export function surfaceToJson(surface: ApiSurface): string {
  return `${JSON.stringify(surface, null, 2)}\n`;
}

function methodSurface(op: OperationDef): MethodSurface {
  const opts = optionalParams(op)
    .map((p) => paramSurface(p, p.name))
    .sort((a, b) => compareCodeUnits(a.name, b.name));
  return {
    endpoint: `${op.httpMethod} ${op.pathTemplate}`,
    positional: positionalParams(op).map((p) => paramSurface(p, p.identifier)),
    opts,
    ...(op.body ? { body: { type: typeExprToString(op.body.type), required: op.body.required } } : {}),
    returns: typeExprToString(op.result),
    deprecated: op.docs.deprecated === true,
    preview: op.docs.preview,
  };
}

function paramSurface(param: ParamDef, name: string): ParamSurface {
  return { name, type: typeExprToString(param.type), required: param.required };
}

function modelSurface(model: ModelDef, usage: ModelUsage): ModelSurface {
  switch (model.kind) {
    case "object":
      return {
        kind: "object",
        usage,
        ...(model.extends?.length ? { extends: [...model.extends] } : {}),
        properties: model.properties.map((p) => ({
          name: p.name,
          type: typeExprToString(p.type),
          required: p.required,
          readOnly: p.readOnly,
        })),
      };
    case "enum":
      return { kind: "enum", usage, values: [...model.values] };
    case "alias":
      return { kind: "alias", usage, type: typeExprToString(model.type) };
  }
}
