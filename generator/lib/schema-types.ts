/**
 * The types a schema's `type` keyword lists: one, or several (OpenAPI 3.1's `type: [string,
 * null]`). YAML reads an unquoted `null` there as null rather than the string "null"; it
 * means the null type, so it is read as "null". Validation and the IR both read types here.
 */
export function schemaTypes(type: unknown): unknown[] {
  if (type === undefined) return [];
  return (Array.isArray(type) ? type : [type]).map((entry) => (entry === null ? "null" : entry));
}
