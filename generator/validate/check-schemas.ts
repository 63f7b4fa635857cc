import type { Diagnostic } from "../diagnostics/index.js";
import { asArray, isObject, type JsonObject } from "../lib/json.js";
import { pointerJoin } from "../lib/json-pointer.js";
import { diagnostic } from "../diagnostics/index.js";
import { schemaRoots, type SchemaSite } from "./schema-roots.js";
import { schemaTypes } from "../lib/schema-types.js";

const TYPES_3_0 = ["string", "number", "integer", "boolean", "array", "object"];
const TYPES_3_1 = [...TYPES_3_0, "null"];

/** Schema checks, on every schema reachable from components and operations. */
export function checkSchemas(document: JsonObject): Diagnostic[] {
  const knownTypes = String(document.openapi).startsWith("3.1") ? TYPES_3_1 : TYPES_3_0;
  const diagnostics: Diagnostic[] = [];
  const visit = (site: SchemaSite): void => {
    diagnostics.push(...checkType(site, knownTypes), ...checkEnum(site), ...checkRequired(site));
    childSchemas(site).forEach(visit);
  };
  schemaRoots(document).forEach(visit);
  return diagnostics;
}

function checkType({ schema, pointer, name }: SchemaSite, knownTypes: readonly string[]): Diagnostic[] {
  const types = schemaTypes(schema.type);
  const diagnostics: Diagnostic[] = [];
  if (Array.isArray(schema.type) && !knownTypes.includes("null")) {
    // 3.0 has one type per schema; a list means what 3.1 says, so it is read that way.
    const message = `Schema "${name}" lists several types, which only OpenAPI 3.1 allows; they are read as 3.1 reads them.`;
    diagnostics.push(diagnostic("type-list-in-3-0", `${pointer}/type`, message));
  }
  for (const type of new Set(types)) {
    if (typeof type === "string" && TYPES_3_1.includes(type)) {
      if (type === "null" && !knownTypes.includes("null") && !Array.isArray(schema.type)) {
        // Common in 3.0 specs written for 3.1 tools; the meaning is plain, so it is read, with a warning.
        const message = `Schema "${name}" has type "null", which only OpenAPI 3.1 defines; it is read as null.`;
        diagnostics.push(diagnostic("null-type-in-3-0", `${pointer}/type`, message));
      }
      continue;
    }
    const message = `Schema "${name}" has unknown type ${JSON.stringify(type)}, so that part is typed as unknown.`;
    diagnostics.push(diagnostic("unknown-schema-type", `${pointer}/type`, message));
  }
  return diagnostics;
}

function checkEnum({ schema, pointer, name }: SchemaSite): Diagnostic[] {
  if (schema.enum === undefined || (Array.isArray(schema.enum) && schema.enum.length > 0)) return [];
  const message = `Schema "${name}" has an enum that is not a non-empty array.`;
  return [diagnostic("invalid-enum", `${pointer}/enum`, message)];
}

/** Only a schema that fully lists its own properties can be held to its `required` list. */
function checkRequired({ schema, pointer, name }: SchemaSite): Diagnostic[] {
  const composed = ["allOf", "oneOf", "anyOf"].some((key) => schema[key] !== undefined);
  if (!isObject(schema.properties) || composed || schema.additionalProperties) return [];
  const properties = schema.properties;
  return asArray(schema.required).flatMap((property, index) =>
    typeof property === "string" && !Object.hasOwn(properties, property)
      ? [
          diagnostic(
            "required-property-missing",
            `${pointer}/required/${index}`,
            `Schema "${name}" requires property "${property}", which it does not define.`,
          ),
        ]
      : [],
  );
}

function childSchemas({ schema, pointer, name }: SchemaSite): SchemaSite[] {
  const children: SchemaSite[] = [];
  const add = (child: unknown, childPointer: string, childName: string): void => {
    if (isObject(child) && child.$ref === undefined)
      children.push({ schema: child, pointer: childPointer, name: childName });
  };
  if (isObject(schema.properties)) {
    for (const [property, child] of Object.entries(schema.properties)) {
      add(child, pointerJoin(pointer, "properties", property), `${name}.${property}`);
    }
  }
  add(schema.items, `${pointer}/items`, `${name}[]`);
  add(schema.additionalProperties, `${pointer}/additionalProperties`, `${name}{}`);
  add(schema.not, `${pointer}/not`, `${name}.not`);
  for (const key of ["allOf", "oneOf", "anyOf"]) {
    for (const [index, child] of asArray(schema[key]).entries()) {
      add(child, `${pointer}/${key}/${index}`, `${name}.${key}[${index}]`);
    }
  }
  return children;
}
