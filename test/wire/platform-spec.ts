import { readFileSync } from "node:fs";

/** A Swagger 2.0 schema object, as the platform file writes it. */
export type SwaggerSchema = Readonly<Record<string, unknown>>;

/** One Swagger 2.0 parameter (path, query, header or body). */
export interface SwaggerParam {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "body";
  readonly required?: boolean;
  readonly type?: string;
  readonly format?: string;
  readonly items?: SwaggerSchema;
  readonly collectionFormat?: string;
  readonly schema?: SwaggerSchema;
}

/** What the wire suite needs to know about one operation of the spec. */
export interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly tags: readonly string[];
  readonly params: readonly SwaggerParam[];
  readonly consumes: readonly string[];
  readonly produces: readonly string[];
  /** The schema of the 200 response; undefined when the operation returns nothing. */
  readonly responseSchema: SwaggerSchema | undefined;
}

/** The parsed platform file: its operations and its definitions. */
export interface PlatformSpec {
  readonly operations: readonly SpecOperation[];
  readonly definitions: Readonly<Record<string, SwaggerSchema>>;
}

interface RawOperation {
  readonly operationId: string;
  readonly tags: readonly string[];
  readonly parameters?: readonly SwaggerParam[];
  readonly consumes?: readonly string[];
  readonly produces?: readonly string[];
  readonly responses: Readonly<Record<string, { readonly schema?: SwaggerSchema }>>;
}

interface RawSpec {
  readonly paths: Readonly<Record<string, Readonly<Record<string, RawOperation>>>>;
  readonly definitions: Readonly<Record<string, SwaggerSchema>>;
}

/** Reads the Swagger 2.0 file and lists its operations in file order. */
export function loadPlatformSpec(file: string): PlatformSpec {
  const raw = JSON.parse(readFileSync(file, "utf8")) as RawSpec;
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(raw.paths)) {
    for (const [method, op] of Object.entries(item)) {
      operations.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        tags: op.tags,
        params: op.parameters ?? [],
        consumes: op.consumes ?? [],
        produces: op.produces ?? [],
        responseSchema: op.responses["200"]?.schema,
      });
    }
  }
  return { operations, definitions: raw.definitions };
}

/** The definition a `$ref` names, or the schema itself when it is inline. */
export function resolveSchema(spec: PlatformSpec, schema: SwaggerSchema): SwaggerSchema {
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  const name = ref.replace("#/definitions/", "");
  const target = spec.definitions[name];
  if (!target) throw new Error(`No definition ${name}.`);
  return target;
}

/** The spec's parameter with this wire name in this location, when there is one. */
export function findParam(op: SpecOperation, location: string, wireName: string): SwaggerParam | undefined {
  return op.params.find((param) => param.in === location && param.name === wireName);
}
