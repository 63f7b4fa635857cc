/** The operation keys of a path item, in the order the OpenAPI specification lists them. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export type LowerHttpMethod = (typeof HTTP_METHODS)[number];

/** True when `key` of a path item is an operation (not `parameters`, `summary` or an `x-` key). */
export function isHttpMethod(key: string): key is LowerHttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(key);
}
