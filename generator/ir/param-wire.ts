import type { ModelDef, ParamDef, ParamLocation, TypeExpr } from "./types.js";

/** What a parameter's type looks like to the runtime, which only sends strings, numbers and booleans. */
type WireShape = "string" | "primitive" | "primitiveArray" | "other";

type QueryStyle = NonNullable<ParamDef["queryStyle"]>;

/** How a parameter's value is sent, decided once here so emitters only translate. */
export interface ParamWire {
  readonly queryStyle?: QueryStyle;
  readonly serialize?: NonNullable<ParamDef["serialize"]>;
  /** Set when the spec asks for something the runtime cannot send as written. */
  readonly unsupported?: string;
}

/**
 * Decides the array style of a query parameter and whether its value must be converted
 * to fit the runtime's types: headers and cookies take strings, path and query slots take
 * primitives (and arrays of them, for query). Objects go as JSON.
 */
export function paramWire(
  {
    location,
    type,
    style,
    explode,
    jsonContent,
    arrayStyle,
  }: {
    location: ParamLocation;
    type: TypeExpr;
    style: unknown;
    explode: unknown;
    jsonContent: boolean;
    arrayStyle?: QueryStyle;
  },
  models: ReadonlyMap<string, ModelDef>,
): ParamWire {
  const shape = wireShape(type, models, new Set());
  if (jsonContent) return shape === "string" ? {} : { serialize: "json" };
  if (location === "header" || location === "cookie") {
    return shape === "string" ? {} : { serialize: shape === "other" && !isUnknown(type) ? "json" : "string" };
  }
  if (location === "path") {
    if (shape === "string" || shape === "primitive") return {};
    return shape === "primitiveArray" || isUnknown(type) ? { serialize: "string" } : { serialize: "json" };
  }
  if (shape === "primitiveArray") return arrayStyle ? { queryStyle: arrayStyle } : withStyle(style, explode);
  if (shape === "other") {
    if (isUnknown(type)) return { serialize: "string" };
    // The runtime spreads an object into `name[key]=value` pairs; form-style objects it cannot.
    return style === "deepObject" ? { queryStyle: "deepObject" } : { serialize: "json", unsupported: "object" };
  }
  return {};
}

function withStyle(style: unknown, explode: unknown): ParamWire {
  if (style === "spaceDelimited") return { queryStyle: "spaceDelimited" };
  if (style === "pipeDelimited") return { queryStyle: "pipeDelimited" };
  // `form` is the default style and explodes (repeats the key) unless told otherwise.
  return explode === false ? { queryStyle: "formNoExplode" } : {};
}

function isUnknown(type: TypeExpr): boolean {
  return type.kind === "primitive" && type.name === "unknown";
}

function wireShape(type: TypeExpr, models: ReadonlyMap<string, ModelDef>, seen: Set<string>): WireShape {
  switch (type.kind) {
    case "primitive":
      if (type.name === "string") return "string";
      return type.name === "unknown" ? "other" : "primitive";
    case "literalUnion":
      return type.values.every((v) => typeof v === "string") ? "string" : "primitive";
    case "union":
      return joinShapes(type.members.map((m) => wireShape(m, models, seen)));
    case "array": {
      const items = wireShape(type.items, models, seen);
      return items === "string" || (items === "primitive" && !hasNull(type.items, models)) ? "primitiveArray" : "other";
    }
    case "ref":
      return refShape(type.name, models, seen);
    default:
      return "other";
  }
}

function refShape(name: string, models: ReadonlyMap<string, ModelDef>, seen: Set<string>): WireShape {
  if (seen.has(name)) return "other";
  seen.add(name);
  const model = models.get(name);
  if (model?.kind === "enum") return model.values.every((v) => typeof v === "string") ? "string" : "primitive";
  if (model?.kind === "alias") return wireShape(model.type, models, seen);
  return "other";
}

function joinShapes(shapes: WireShape[]): WireShape {
  if (shapes.every((s) => s === "string")) return "string";
  if (shapes.every((s) => s === "string" || s === "primitive")) return "primitive";
  return "other";
}

/** Array items may not be null: the runtime's query arrays hold primitives only. */
function hasNull(type: TypeExpr, models: ReadonlyMap<string, ModelDef>): boolean {
  if (type.kind === "primitive") return type.name === "null";
  if (type.kind === "union") return type.members.some((m) => hasNull(m, models));
  if (type.kind === "ref") {
    const model = models.get(type.name);
    return model?.kind === "alias" && hasNull(model.type, models);
  }
  return false;
}
