// generator/lib/compare.ts
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// generator/lib/json.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asArray(value) {
  return Array.isArray(value) ? value : [];
}
function asStringArray(value) {
  return asArray(value).filter((item) => typeof item === "string");
}
function stringOf(value) {
  return typeof value === "string" ? value : void 0;
}
function pickExtensions(node) {
  return Object.fromEntries(Object.entries(node).filter(([key]) => key.startsWith("x-")));
}

// generator/genesys/extensions.ts
var PERMISSIONS_EXTENSION = "x-inin-requires-permissions";
var PREVIEW_EXTENSION = "x-genesys-preview";
var METHOD_NAME_EXTENSION = "x-purecloud-method-name";
function genesysOperationFacts(operations) {
  const listsPermissions = operations.some((operation) => operation[PERMISSIONS_EXTENSION] !== void 0);
  return (operation) => operationFacts(operation, listsPermissions);
}
function operationFacts(operation, listsPermissions) {
  const declared = operation[PERMISSIONS_EXTENSION];
  const preview = operation[PREVIEW_EXTENSION] === true;
  if (isObject(declared) && Array.isArray(declared.permissions)) {
    const type = declared.type === "ALL" ? "ALL" : "ANY";
    return { preview, permissions: { type, permissions: asStringArray(declared.permissions) } };
  }
  return listsPermissions ? { preview, permissions: { type: "ANY", permissions: [] } } : { preview };
}

// generator/genesys/paging.ts
var HISTORY_PAGING = { before: "before", after: "after", items: "entities" };
function historyPaging({ methodName, queryParams, result, models }) {
  const optional = queryParams.filter((p) => !p.required);
  const cursor = (name) => optional.find((p) => p.name === name);
  const before = cursor(HISTORY_PAGING.before);
  const after = cursor(HISTORY_PAGING.after);
  if (!before || !after || !isText(before.type) || !isText(after.type) || result.kind !== "ref") return void 0;
  const stem = methodName.replace(/^get(?=[A-Z])/, "");
  return {
    item: entitiesItem(models, result.name) ?? result,
    methodName: `iterate${stem.charAt(0).toUpperCase()}${stem.slice(1)}`
  };
}
function isText(type) {
  return type.kind === "primitive" && type.name === "string";
}
function entitiesItem(models, name) {
  const model = models.get(name);
  if (model?.kind !== "object") return void 0;
  const entities = model.properties.find((p) => p.name === HISTORY_PAGING.items);
  return entities?.type.kind === "array" ? entities.type.items : void 0;
}

// generator/genesys/sdk-names.ts
function sdkOptionKey(wireName) {
  const words2 = wireName.split(/[^A-Za-z0-9]+/).filter((word) => word !== "");
  if (words2.length === 0) return wireName;
  const camel = words2.map((word, i) => (i === 0 ? word.charAt(0).toLowerCase() : word.charAt(0).toUpperCase()) + word.slice(1)).join("");
  return SDK_RESERVED_WORDS.has(camel) ? `_${camel}` : camel;
}
var SDK_RESERVED_WORDS = new Set(
  "abstract arguments await boolean break byte case catch char class const continue debugger default delete do double else enum eval export extends false final finally float for function goto if implements import in instanceof int interface let long native new null number package private protected public return short static string super switch synchronized this throw throws transient true try typeof var void volatile while with yield".split(" ")
);

// generator/genesys/profile.ts
var GENESYS_BUILD_PROFILE = {
  operationFacts: genesysOperationFacts,
  paging: historyPaging,
  optionKey: sdkOptionKey,
  arrayQueryStyle: "formNoExplode",
  stringBodyIsJsonText: true
};
var GENESYS_HOSTS = /(^|\.)(mypurecloud\.(com|ie|de|jp|com\.au)|[a-z0-9]+\.(us-gov-|eusc-)?pure\.cloud|inintca\.com)$/i;
function isGenesysDocument(document) {
  const hosts = [document.host, ...Array.isArray(document.servers) ? document.servers.map((s) => isObject(s) ? s.url : void 0) : []].filter((h) => typeof h === "string").map((h) => h.replace(/^[a-z]+:\/\//i, "").split(/[/:]/)[0]);
  if (hosts.some((host) => GENESYS_HOSTS.test(host))) return true;
  const extensions = [PERMISSIONS_EXTENSION, PREVIEW_EXTENSION, METHOD_NAME_EXTENSION];
  const paths = isObject(document.paths) ? Object.values(document.paths) : [];
  return paths.some((item) => isObject(item) && Object.values(item).some((operation) => isObject(operation) && extensions.some((extension) => operation[extension] !== void 0)));
}
function buildProfileFor(document) {
  return isGenesysDocument(document) ? GENESYS_BUILD_PROFILE : void 0;
}

// generator/diagnostics/catalogue.ts
var error = (stage, summary) => ({ severity: "error", stage, summary });
var warning = (stage, summary) => ({ severity: "warning", stage, summary });
var CATALOGUE = {
  "unreadable-file": error("load", "The spec file cannot be read."),
  "not-an-object": error("load", "The spec is not a YAML or JSON object."),
  "invalid-syntax": error("load", "The spec is not valid YAML or JSON."),
  "duplicate-key": error("load", "A key appears more than once in the same mapping."),
  "document-too-deep": error("load", "The document nests more than 1,000 levels deep, which the generator refuses."),
  "unreadable-ref": error("load", "A file a `$ref` leads to cannot be read or parsed."),
  "dangling-external-ref": error("load", "A `$ref` into another file names a place that file does not have."),
  "external-ref-cycle": error("load", "A chain of `$ref`s through files is longer than 32 files, so it is taken for a cycle."),
  "swagger-2-converted": warning("validate", "The spec is Swagger 2.0, so it is converted to OpenAPI 3.0 in memory before generating."),
  "swagger-2-document": error("validate", "The spec declares a Swagger version other than 2.0."),
  "not-openapi": error("validate", 'The document declares neither an "openapi" nor a "swagger" version.'),
  "unsupported-openapi-version": error("validate", "The OpenAPI version is not 3.0.x or 3.1.x."),
  "missing-info": error("validate", 'The document has no "info" object.'),
  "missing-paths": error("validate", 'The document has no "paths" object.'),
  "external-ref": error("validate", "A `$ref` to a URL, or to a file outside the spec's folder without --allow-external-refs, is left."),
  "dangling-ref": error("validate", "A local `$ref` does not resolve."),
  "ref-cycle": error("validate", "A `$ref` leads back to itself through other references only."),
  "identical-path-templates": warning("validate", "Two paths differ only in the names of their variables."),
  "missing-operation-id": warning("validate", "An operation has no operationId, so its method name is derived from its method and path."),
  "duplicate-operation-id": error("validate", "Two operations have the same operationId."),
  "no-success-response": warning("validate", "An operation has no 2xx response, so its method resolves with no data."),
  "response-missing-description": warning("validate", "A response has no description."),
  "request-body-missing-content": error("validate", "A request body has no content."),
  "duplicate-parameter": error("validate", "A parameter is declared twice in the same list."),
  "parameter-missing-name": error("validate", "A parameter has no name."),
  "parameter-missing-in": error("validate", 'A parameter has no "in" location.'),
  "parameter-unknown-in": error("validate", "A parameter's location is not path, query, header or cookie."),
  "parameter-missing-schema": error("validate", "A parameter has neither a schema nor content."),
  "path-parameter-not-required": error("validate", "A path parameter is not marked required."),
  "path-parameter-not-in-template": error("validate", "A path parameter does not appear in its path template."),
  "path-parameter-undeclared": error("validate", "A path variable has no path parameter."),
  "null-type-in-3-0": warning("validate", 'An OpenAPI 3.0 schema has type "null", which only 3.1 defines; it is read as null.'),
  "unknown-schema-type": error("validate", "A schema's type is not an OpenAPI type."),
  "invalid-enum": error("validate", "An enum is not a non-empty array."),
  "required-property-missing": warning("validate", "A schema requires a property it does not define."),
  "unsupported-method": error("build", "An operation uses an HTTP method the runtime does not send (TRACE)."),
  "renamed-identifier": warning("build", "A name from the spec is generated under another name (not an identifier, reserved, or taken)."),
  "unsupported-parameter-style": warning("build", "A query parameter is an object the runtime cannot spread into the query, so it is sent as JSON text."),
  "invalid-schema": error("build", "A schema is not an object."),
  "null-schema": warning("build", "A schema is null instead of an object, so it is typed as unknown."),
  "schema-too-deep": error("build", "A schema nests deeper than the generator follows."),
  "unsupported-ref-cycle": error("build", "A recursive `$ref` is not a component schema, so it has no name to refer to."),
  "unsupported-keyword": warning("build", "A schema keyword has no TypeScript equivalent, so the generated type ignores it."),
  "unsupported-enum-value": warning("build", "An enum or const value is not a string, number or boolean, so the schema is typed as unknown."),
  "unnamed-inline-schema": warning("build", "An inline schema has no name to be hoisted under, so one is made up."),
  "circular-composition": warning("build", "Schemas are composed of each other in a circle, so that part is typed as unknown."),
  "no-matching-operations": error("update-spec", "No operation of the upstream description carries one of the tags asked for.")
};

// generator/diagnostics/diagnostic.ts
function diagnostic(code2, specPointer, message) {
  return { severity: CATALOGUE[code2].severity, code: code2, message, specPointer };
}
function hasFailures(diagnostics, strict = false) {
  return diagnostics.some((d) => d.severity === "error" || strict);
}

// generator/diagnostics/format.ts
function formatDiagnostic(diagnostic2, spec) {
  const location = locateNearest(diagnostic2.specPointer, spec);
  const where = location ? `${spec.path}:${location.line}:${location.column}` : spec.path;
  return `${where}: ${diagnostic2.severity} ${diagnostic2.code} at ${diagnostic2.specPointer}: ${diagnostic2.message}`;
}
function locateNearest(pointer, spec) {
  let current = pointer;
  for (; ; ) {
    const location = spec.locate(current);
    if (location || !current.includes("/")) return location;
    current = current.slice(0, current.lastIndexOf("/"));
  }
}

// generator/ir/names.ts
var RESERVED_WORDS = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with as implements interface let package private protected public static yield any boolean number string symbol object unknown never undefined await async type of declare module namespace abstract readonly keyof infer is asserts satisfies".split(" ")
);
var RUNTIME_NAMES = /* @__PURE__ */ new Set([
  "ApiClient",
  "ApiError",
  "ApiPromise",
  "ApiResponse",
  "RequestOptions",
  "PageOptions",
  "RetryPolicy",
  "Array",
  "Blob",
  "Date",
  "Error",
  "Headers",
  "Map",
  "Object",
  "Promise",
  "Record",
  "Set",
  "String",
  "Number",
  "Boolean",
  "Symbol",
  "Response",
  "Request",
  "File",
  "FormData",
  "ReadonlyArray",
  "Partial",
  "Required",
  "Readonly",
  "AbortSignal",
  "URL"
]);
function isReservedWord(name) {
  return RESERVED_WORDS.has(name);
}
function isIdentifier(name) {
  return /^[\p{ID_Start}_$][\p{ID_Continue}$\u200C\u200D]*$/u.test(name);
}
function words(text2) {
  return text2.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}
function capitalize(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
function toPascalCase(text2) {
  const result = words(text2).map(capitalize).join("");
  return /^[0-9]/.test(result) || result === "" ? `_${result}` : result;
}
function toCamelCase(text2) {
  if (isIdentifier(text2)) return text2;
  const pascal = toPascalCase(text2);
  if (pascal.startsWith("_")) return pascal;
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}
function toKebabCase(text2) {
  return words(text2).map((word) => word.toLowerCase()).join("-").replace(/^$/, "unnamed");
}
var NameRegistry = class {
  taken = /* @__PURE__ */ new Set();
  constructor(reserved = []) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }
  claim(wanted) {
    let name = wanted;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
};

// generator/lib/json-pointer.ts
function escapeSegment(segment) {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapeSegment(raw) {
  let decoded = raw;
  if (raw.includes("%")) {
    try {
      decoded = decodeURIComponent(raw);
    } catch {
    }
  }
  return decoded.replace(/~1/g, "/").replace(/~0/g, "~");
}
function pointerJoin(base, ...segments) {
  return segments.length === 0 ? base : `${base}/${segments.map(escapeSegment).join("/")}`;
}
function toPointer(segments) {
  return pointerJoin("#", ...segments);
}
function pointerSegments(pointer) {
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  return body === "" ? [] : body.split("/").slice(1).map(unescapeSegment);
}
function canonicalRef(ref) {
  return ref.startsWith("#/") ? toPointer(pointerSegments(ref)) : ref;
}
function resolvePointer(document, pointer) {
  if (!pointer.startsWith("#")) return void 0;
  let node = document;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(node)) node = /^(0|[1-9]\d*)$/.test(segment) ? node[Number(segment)] : void 0;
    else if (isObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return void 0;
  }
  return node;
}

// generator/lib/refs.ts
function resolveRefs(document, value) {
  const seen = /* @__PURE__ */ new Set();
  let node = value;
  while (isObject(node) && typeof node.$ref === "string") {
    if (seen.has(node.$ref)) return void 0;
    seen.add(node.$ref);
    node = resolvePointer(document, node.$ref);
  }
  return node;
}

// generator/ir/build-context.ts
function createBuildContext(document, options = {}) {
  return {
    document,
    options,
    diagnostics: [],
    typeNames: new NameRegistry(RUNTIME_NAMES),
    schemaNames: /* @__PURE__ */ new Map(),
    models: /* @__PURE__ */ new Map(),
    expanding: /* @__PURE__ */ new Set(),
    depth: { current: 0, reported: false }
  };
}
function report(ctx, code2, specPointer, message) {
  ctx.diagnostics.push(diagnostic(code2, specPointer, message));
}
function deref(ctx, value) {
  const node = resolveRefs(ctx.document, value);
  return isObject(node) ? node : void 0;
}
function text(value) {
  const s = stringOf(value)?.replace(/[ \t]+(?=\r?\n|\r|\u2028|\u2029)/g, "").trim();
  return s ? s : void 0;
}

// generator/ir/schema/composition.ts
function buildComposition(ctx, schema, site) {
  const parts = [];
  for (const keyword of ["allOf", "oneOf", "anyOf"]) {
    const members = schema[keyword];
    if (!Array.isArray(members)) continue;
    const types = members.map(
      (member, index) => buildType(ctx, member, {
        pointer: pointerJoin(site.pointer, keyword, index),
        hoistName: site.hoistName === void 0 ? void 0 : `${site.hoistName}${keyword === "allOf" ? "Part" : "Option"}${index + 1}`,
        ownerFile: site.ownerFile
      })
    );
    parts.push(combine(keyword === "allOf" ? "intersection" : "union", types));
  }
  const own = ownShape(ctx, schema, site);
  if (own !== void 0) parts.push(own);
  return combine("intersection", parts);
}
function ownShape(ctx, schema, site) {
  if (schema.properties === void 0) return void 0;
  const { allOf: _a, oneOf: _o, anyOf: _n, ...rest } = schema;
  return buildType(ctx, rest, { ...site, hoistName: site.hoistName ?? void 0 });
}
function combine(kind, members) {
  const unique = dedupe(members);
  if (unique.length === 1) return unique[0];
  if (unique.length === 0) return { kind: "primitive", name: "unknown" };
  return { kind, members: unique };
}
function dedupe(members) {
  const seen = /* @__PURE__ */ new Set();
  return members.filter((member) => {
    const key = JSON.stringify(member);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// generator/ir/schema/enum.ts
function enumValues(schema) {
  const values = Array.isArray(schema.enum) ? schema.enum : [];
  return [...new Set(values)];
}
function literalUnion(ctx, values, pointer) {
  const literals = [];
  let nullable = false;
  for (const value of values) {
    if (value === null) nullable = true;
    else if (typeof value === "string" || typeof value === "boolean") literals.push(value);
    else if (typeof value === "number" && Number.isFinite(value)) literals.push(value);
    else {
      report(
        ctx,
        "unsupported-enum-value",
        pointer,
        `Enum or const value ${JSON.stringify(value)} is not a string, number or boolean, so the schema is typed as unknown.`
      );
      return { kind: "primitive", name: "unknown" };
    }
  }
  if (literals.length === 0) {
    return nullable ? { kind: "primitive", name: "null" } : { kind: "primitive", name: "unknown" };
  }
  const union = { kind: "literalUnion", values: literals };
  return nullable ? { kind: "union", members: [union, { kind: "primitive", name: "null" }] } : union;
}

// generator/ir/schema/hoist.ts
function hoistSchema(ctx, schema, site) {
  const wanted = site.hoistName ?? "InlineType";
  if (site.hoistName === void 0) {
    report(
      ctx,
      "unnamed-inline-schema",
      site.pointer,
      `An inline schema has no name to be hoisted under, so it is named "${wanted}".`
    );
  }
  const name = ctx.typeNames.claim(shortened(wanted));
  const model = buildModel(ctx, {
    name,
    schemaName: site.pointer,
    fileName: site.ownerFile ?? toKebabCase(name),
    schema,
    pointer: site.pointer
  });
  ctx.models.set(model.name, model);
  return { kind: "ref", name };
}
var MAX_HOISTED_NAME = 80;
function shortened(name) {
  if (name.length <= MAX_HOISTED_NAME) return name;
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619) >>> 0;
  return `${name.slice(0, MAX_HOISTED_NAME - 9)}_${hash.toString(36).padStart(7, "0").slice(0, 8)}`;
}

// generator/ir/schema/build-type.ts
var UNKNOWN = { kind: "primitive", name: "unknown" };
var NULL = { kind: "primitive", name: "null" };
var SCHEMA_REF = /^#\/components\/schemas\/[^/]+$/;
var MAX_SCHEMA_DEPTH = 400;
function buildType(ctx, schema, site) {
  if (ctx.depth.current >= MAX_SCHEMA_DEPTH) {
    if (!ctx.depth.reported) {
      report(
        ctx,
        "schema-too-deep",
        site.pointer,
        `Schema nests more than ${MAX_SCHEMA_DEPTH} levels deep, which the generator does not follow.`
      );
    }
    ctx.depth.reported = true;
    return UNKNOWN;
  }
  ctx.depth.current++;
  try {
    return buildTypeAtDepth(ctx, schema, site);
  } finally {
    ctx.depth.current--;
  }
}
function buildTypeAtDepth(ctx, schema, site) {
  if (schema === true || schema === void 0) return UNKNOWN;
  if (schema === null) {
    report(ctx, "null-schema", site.pointer, "Schema is null instead of an object, so it is typed as unknown.");
    return UNKNOWN;
  }
  if (!isObject(schema)) {
    report(ctx, "invalid-schema", site.pointer, "Schema is not an object.");
    return UNKNOWN;
  }
  if (typeof schema.$ref === "string") return buildRef(ctx, schema.$ref, site);
  const base = buildNonNull(ctx, schema, site);
  return schema.nullable === true ? withNull(base) : base;
}
function buildRef(ctx, ref, site) {
  const name = ctx.schemaNames.get(canonicalRef(ref));
  if (name !== void 0 && SCHEMA_REF.test(canonicalRef(ref))) return { kind: "ref", name };
  const target = resolvePointer(ctx.document, ref);
  if (target === void 0) return UNKNOWN;
  if (ctx.expanding.has(ref)) {
    report(
      ctx,
      "unsupported-ref-cycle",
      site.pointer,
      `Reference "${ref}" is recursive but is not a component schema, so it has no name to refer to.`
    );
    return UNKNOWN;
  }
  ctx.expanding.add(ref);
  try {
    return buildType(ctx, target, { ...site, pointer: ref });
  } finally {
    ctx.expanding.delete(ref);
  }
}
var UNSUPPORTED_KEYWORDS = ["not", "prefixItems", "patternProperties", "if", "dependentSchemas", "unevaluatedProperties"];
function reportUnsupportedKeywords(ctx, schema, site) {
  for (const keyword of UNSUPPORTED_KEYWORDS) {
    if (schema[keyword] === void 0) continue;
    report(
      ctx,
      "unsupported-keyword",
      pointerJoin(site.pointer, keyword),
      `Schema keyword "${keyword}" has no TypeScript equivalent, so the generated type ignores it.`
    );
  }
}
function buildNonNull(ctx, schema, site) {
  reportUnsupportedKeywords(ctx, schema, site);
  if ("const" in schema) return literalUnion(ctx, [schema.const], site.pointer);
  if (Array.isArray(schema.enum)) return buildEnum(ctx, schema, site);
  if (schema.allOf || schema.oneOf || schema.anyOf) return buildComposition(ctx, schema, site);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const members = types.map((type) => buildOfType(ctx, schema, type, site));
  return members.length === 1 ? members[0] : { kind: "union", members };
}
function buildEnum(ctx, schema, site) {
  if (site.hoistName !== void 0) return hoistSchema(ctx, schema, site);
  return literalUnion(ctx, enumValues(schema), site.pointer);
}
function buildOfType(ctx, schema, type, site) {
  switch (type) {
    case "string":
      return schema.format === "binary" ? { kind: "binary" } : { kind: "primitive", name: "string" };
    case "integer":
    case "number":
      return { kind: "primitive", name: "number" };
    case "boolean":
      return { kind: "primitive", name: "boolean" };
    case "null":
      return NULL;
    case "array":
      return buildArray(ctx, schema, site);
    case "object":
      return buildObject(ctx, schema, site);
    case void 0:
      if (schema.items !== void 0) return buildArray(ctx, schema, site);
      if (schema.properties !== void 0 || schema.additionalProperties !== void 0) {
        return buildObject(ctx, schema, site);
      }
      return UNKNOWN;
    default:
      return UNKNOWN;
  }
}
function buildArray(ctx, schema, site) {
  const items = buildType(ctx, schema.items, {
    pointer: pointerJoin(site.pointer, "items"),
    hoistName: site.hoistName === void 0 ? void 0 : `${site.hoistName}Item`,
    ownerFile: site.ownerFile
  });
  return { kind: "array", items };
}
function buildObject(ctx, schema, site) {
  const hasProperties = isObject(schema.properties) && Object.keys(schema.properties).length > 0;
  if (hasProperties) return hoistSchema(ctx, { ...schema, type: "object", nullable: void 0 }, site);
  return { kind: "map", values: additionalType(ctx, schema, site) ?? UNKNOWN };
}
function additionalType(ctx, schema, site) {
  const extra = schema.additionalProperties;
  if (extra === false) return void 0;
  if (extra === void 0 || extra === true) return UNKNOWN;
  return buildType(ctx, extra, {
    pointer: pointerJoin(site.pointer, "additionalProperties"),
    hoistName: site.hoistName === void 0 ? void 0 : `${site.hoistName}Value`,
    ownerFile: site.ownerFile
  });
}
function withNull(type) {
  if (type.kind === "primitive" && (type.name === "null" || type.name === "unknown")) return type;
  if (type.kind === "union") return { kind: "union", members: [...type.members, NULL] };
  return { kind: "union", members: [type, NULL] };
}

// generator/ir/schema/build-model.ts
function buildModel(ctx, site) {
  const { schema } = site;
  const common = {
    name: site.name,
    schemaName: site.schemaName,
    fileName: site.fileName,
    description: text(schema.description),
    deprecated: schema.deprecated === true ? true : void 0,
    specPointer: site.pointer
  };
  if (Array.isArray(schema.enum) && (schema.nullable === true || schema.enum.includes(null))) {
    return { ...common, kind: "alias", type: literalUnion(ctx, [...enumValues(schema), null], site.pointer) };
  }
  if (Array.isArray(schema.enum)) {
    return { ...common, kind: "enum", values: enumLiterals(ctx, schema, site.pointer) };
  }
  const parents = extendableParents(ctx, schema);
  if (parents) {
    const merged = mergeAllOf(schema);
    return {
      ...common,
      kind: "object",
      extends: parents,
      properties: buildProperties(ctx, { ...site, schema: merged })
    };
  }
  if (isPlainObject(schema)) {
    return {
      ...common,
      kind: "object",
      properties: buildProperties(ctx, site),
      additionalProperties: isObject(schema.additionalProperties) || schema.additionalProperties === true ? additionalType(ctx, schema, { pointer: site.pointer, hoistName: site.name, ownerFile: site.fileName }) : void 0
    };
  }
  const type = buildType(ctx, schema, { pointer: site.pointer, hoistName: site.name, ownerFile: site.fileName });
  return { ...common, kind: "alias", type };
}
function enumLiterals(ctx, schema, pointer) {
  const union = literalUnion(ctx, enumValues(schema), pointer);
  return union.kind === "literalUnion" ? union.values : [];
}
function extendableParents(ctx, schema) {
  if (!Array.isArray(schema.allOf) || schema.oneOf || schema.anyOf || schema.nullable === true) return void 0;
  const parents = [];
  for (const member of schema.allOf) {
    if (!isObject(member)) return void 0;
    if (typeof member.$ref === "string") {
      const name = ctx.schemaNames.get(canonicalRef(member.$ref));
      const target = resolvePointer(ctx.document, member.$ref);
      if (name === void 0 || !isObject(target) || !isPlainObject(target)) return void 0;
      parents.push(name);
    } else if (!isPlainObject(member)) {
      return void 0;
    }
  }
  return parents.length > 0 ? parents : void 0;
}
function mergeAllOf(schema) {
  const inline = schema.allOf.filter((member) => typeof member.$ref !== "string");
  const properties = {};
  const required = [];
  for (const part of [...inline, schema]) {
    Object.assign(properties, isObject(part.properties) ? part.properties : {});
    if (Array.isArray(part.required)) required.push(...part.required);
  }
  return { type: "object", properties, required };
}
function isPlainObject(schema) {
  if (schema.allOf || schema.oneOf || schema.anyOf || schema.nullable === true) return false;
  if (Array.isArray(schema.type)) return false;
  const hasProperties = isObject(schema.properties) && Object.keys(schema.properties).length > 0;
  return hasProperties && (schema.type === void 0 || schema.type === "object");
}
function buildProperties(ctx, site) {
  const properties = site.schema.properties;
  const required = new Set(Array.isArray(site.schema.required) ? site.schema.required : []);
  return Object.entries(properties).map(([name, schema]) => {
    const pointer = pointerJoin(site.pointer, "properties", name);
    const facts = propertyFacts(schema);
    return {
      name,
      type: buildType(ctx, schema, {
        pointer,
        hoistName: `${site.name}${toPascalCase(name)}`,
        ownerFile: site.fileName
      }),
      required: required.has(name),
      readOnly: facts.readOnly,
      description: facts.description,
      format: facts.format,
      deprecated: facts.deprecated,
      specPointer: pointer
    };
  });
}
function propertyFacts(schema) {
  const outer = isObject(schema) ? schema : {};
  const inner = Array.isArray(outer.allOf) && outer.allOf.length === 1 && isObject(outer.allOf[0]) ? outer.allOf[0] : {};
  return {
    description: text(outer.description) ?? (inner.$ref ? void 0 : text(inner.description)),
    readOnly: outer.readOnly === true || inner.readOnly === true,
    format: typeof outer.format === "string" ? outer.format : void 0,
    deprecated: outer.deprecated === true ? true : void 0
  };
}

// generator/ir/build-models.ts
function buildComponentModels(ctx) {
  const components = isObject(ctx.document.components) ? ctx.document.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const schemaNames = Object.keys(schemas).sort(compareCodeUnits);
  const claimed = /* @__PURE__ */ new Map();
  for (const schemaName of schemaNames) {
    const pointer = pointerJoin("#/components/schemas", schemaName);
    const name = ctx.typeNames.claim(toPascalCase(schemaName));
    ctx.schemaNames.set(pointer, name);
    reportRename(ctx, { schemaName, name, pointer, claimed });
    claimed.set(name.toLowerCase(), schemaName);
  }
  for (const schemaName of schemaNames) {
    const pointer = pointerJoin("#/components/schemas", schemaName);
    const schema = schemas[schemaName];
    const name = ctx.schemaNames.get(pointer);
    const model = buildModel(ctx, {
      name,
      schemaName,
      fileName: toKebabCase(name),
      schema: isObject(schema) ? schema : {},
      pointer
    });
    ctx.models.set(model.name, model);
  }
}
function reportRename(ctx, { schemaName, name, pointer, claimed }) {
  if (name === schemaName) return;
  const wanted = toPascalCase(schemaName);
  const clash = claimed.get(wanted.toLowerCase());
  const why = clash !== void 0 ? `its name clashes with schema "${clash}"` : name !== wanted ? `"${wanted}" is a name the generated package already uses` : `"${schemaName}" is not a TypeScript type name`;
  report(
    ctx,
    "renamed-identifier",
    pointer,
    `Schema "${schemaName}" is generated as "${name}" because ${why}.`
  );
}

// generator/ir/break-cycles.ts
var UNKNOWN2 = { kind: "primitive", name: "unknown" };
function breakImmediateCycles(ctx, models) {
  const byName = new Map(models.map((m) => [m.name, m]));
  const cut = /* @__PURE__ */ new Map();
  const state = /* @__PURE__ */ new Map();
  const visit = (model) => {
    state.set(model.name, "visiting");
    for (const target of immediateRefs(model)) {
      const next = byName.get(target);
      if (!next || cut.get(model.name)?.has(target)) continue;
      if (state.get(target) === "visiting") {
        cut.set(model.name, /* @__PURE__ */ new Set([...cut.get(model.name) ?? [], target]));
        report(
          ctx,
          "circular-composition",
          model.specPointer,
          `Schema "${model.schemaName}" is composed of "${next.schemaName}", which is composed of it again, so that part is typed as unknown.`
        );
      } else if (!state.has(target)) {
        visit(next);
      }
    }
    state.set(model.name, "done");
  };
  for (const model of [...models].sort((a, b) => compareCodeUnits(a.name, b.name))) {
    if (!state.has(model.name)) visit(model);
  }
  return cut.size === 0 ? [...models] : models.map((m) => withoutRefs(m, cut.get(m.name)));
}
function immediateRefs(model) {
  if (model.kind === "object") return [...model.extends ?? []];
  if (model.kind === "alias") return immediateOf(model.type);
  return [];
}
function immediateOf(type) {
  if (type.kind === "ref") return [type.name];
  if (type.kind === "union" || type.kind === "intersection") return type.members.flatMap(immediateOf);
  return [];
}
function withoutRefs(model, names) {
  if (!names) return model;
  if (model.kind === "object") {
    const parents = (model.extends ?? []).filter((p) => !names.has(p));
    return { ...model, extends: parents.length > 0 ? parents : void 0 };
  }
  if (model.kind === "alias") return { ...model, type: replaceImmediate(model.type, names) };
  return model;
}
function replaceImmediate(type, names) {
  if (type.kind === "ref") return names.has(type.name) ? UNKNOWN2 : type;
  if (type.kind === "union" || type.kind === "intersection") {
    const members = type.members.map((m) => replaceImmediate(m, names));
    const kept = type.kind === "intersection" ? members.filter((m) => m !== UNKNOWN2) : members;
    return kept.length === 0 ? UNKNOWN2 : kept.length === 1 ? kept[0] : { ...type, members: kept };
  }
  return type;
}

// generator/ir/build-responses.ts
function pickMediaType(content) {
  const types = Object.keys(content);
  return types.find((t) => t === "application/json") ?? types.find(isJson) ?? types[0];
}
function isJson(mediaType) {
  return /[/+]json(;|$)/.test(mediaType);
}
function responseTypeOf(mediaType) {
  if (mediaType === void 0) return "void";
  if (isJson(mediaType)) return "json";
  return mediaType.startsWith("text/") ? "text" : "binary";
}
function compareStatus(a, b) {
  const rank = (s) => /^\d+$/.test(s) ? 0 : s === "default" ? 2 : 1;
  return rank(a) - rank(b) || compareCodeUnits(a, b);
}
function buildResponses(ctx, { operation, pointer, methodName }) {
  const raw = isObject(operation.responses) ? operation.responses : {};
  const responses = [];
  const success = [];
  const statuses = Object.keys(raw).sort(compareStatus);
  const hasSuccess = statuses.some(isSuccess);
  for (const status of statuses) {
    const at = pointerJoin(pointer, "responses", status);
    const response = deref(ctx, raw[status]) ?? {};
    const content = isObject(response.content) ? response.content : {};
    const mediaType2 = pickMediaType(content);
    const media = mediaType2 === void 0 ? void 0 : content[mediaType2];
    const schema = isObject(media) ? media.schema : void 0;
    const type = schema === void 0 ? void 0 : buildType(ctx, schema, {
      pointer: pointerJoin(at, "content", mediaType2, "schema"),
      hoistName: isSuccess(status) ? `${toPascalCase(methodName)}Response` : `${toPascalCase(methodName)}Error${/^\d+$/.test(status) ? status : ""}`
    });
    responses.push({ status, description: text(response.description) ?? "", type });
    if (type && mediaType2 && (isSuccess(status) || !hasSuccess && status === "default")) {
      success.push({ type, mediaType: mediaType2 });
    }
  }
  const mediaType = success[0]?.mediaType;
  const responseType = responseTypeOf(mediaType);
  const result = resultType(responseType, success.map((s) => s.type));
  return { responses, result, responseType, ...mediaType && !isJson(mediaType) ? { accept: mediaType } : {} };
}
function resultType(responseType, types) {
  if (responseType === "void" || types.length === 0) return { kind: "void" };
  if (responseType === "text") return { kind: "primitive", name: "string" };
  if (responseType === "binary") return { kind: "binary", as: "ArrayBuffer" };
  return unionOf(types);
}
function isSuccess(status) {
  return /^2(\d\d|XX)$/i.test(status);
}
function unionOf(types) {
  const unique = [...new Map(types.map((t) => [JSON.stringify(t), t])).values()];
  return unique.length === 1 ? unique[0] : { kind: "union", members: unique };
}

// generator/ir/build-body.ts
function buildBody(ctx, { operation, pointer, methodName }) {
  if (operation.requestBody === void 0) return void 0;
  const at = pointerJoin(pointer, "requestBody");
  const body = deref(ctx, operation.requestBody);
  if (!body) return void 0;
  const content = isObject(body.content) ? body.content : {};
  const contentType = pickMediaType(content);
  if (contentType === void 0) return void 0;
  const media = content[contentType];
  const schema = isObject(media) ? media.schema : void 0;
  const type = buildType(ctx, schema, {
    pointer: pointerJoin(at, "content", contentType, "schema"),
    hoistName: `${toPascalCase(methodName)}Request`
  });
  const jsonText2 = ctx.options.profile?.stringBodyIsJsonText === true && isJson(contentType) && type.kind === "primitive" && type.name === "string";
  return {
    type,
    required: body.required === true,
    contentType,
    ...jsonText2 ? { jsonText: jsonText2 } : {},
    description: text(body.description)
  };
}

// generator/ir/param-wire.ts
function paramWire({ location, type, style, explode, jsonContent, arrayStyle }, models) {
  const shape = wireShape(type, models, /* @__PURE__ */ new Set());
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
    const unsupported = style === "deepObject" ? "deepObject" : "object";
    return { serialize: "json", unsupported };
  }
  return {};
}
function withStyle(style, explode) {
  if (style === "spaceDelimited") return { queryStyle: "spaceDelimited" };
  if (style === "pipeDelimited") return { queryStyle: "pipeDelimited" };
  return explode === false ? { queryStyle: "formNoExplode" } : {};
}
function isUnknown(type) {
  return type.kind === "primitive" && type.name === "unknown";
}
function wireShape(type, models, seen) {
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
      return items === "string" || items === "primitive" && !hasNull(type.items, models) ? "primitiveArray" : "other";
    }
    case "ref":
      return refShape(type.name, models, seen);
    default:
      return "other";
  }
}
function refShape(name, models, seen) {
  if (seen.has(name)) return "other";
  seen.add(name);
  const model = models.get(name);
  if (model?.kind === "enum") return model.values.every((v) => typeof v === "string") ? "string" : "primitive";
  if (model?.kind === "alias") return wireShape(model.type, models, seen);
  return "other";
}
function joinShapes(shapes) {
  if (shapes.every((s) => s === "string")) return "string";
  if (shapes.every((s) => s === "string" || s === "primitive")) return "primitive";
  return "other";
}
function hasNull(type, models) {
  if (type.kind === "primitive") return type.name === "null";
  if (type.kind === "union") return type.members.some((m) => hasNull(m, models));
  if (type.kind === "ref") {
    const model = models.get(type.name);
    return model?.kind === "alias" && hasNull(model.type, models);
  }
  return false;
}

// generator/ir/build-parameters.ts
var LOCATIONS = ["path", "query", "header", "cookie"];
function buildParameters(ctx, site) {
  const merged = /* @__PURE__ */ new Map();
  const add = (list, base) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, index) => {
      const pointer = pointerJoin(base, "parameters", index);
      const param = deref(ctx, raw);
      if (param) merged.set(`${String(param.in)}:${String(param.name)}`, { raw: param, pointer });
    });
  };
  add(site.pathItem.parameters, site.pathPointer);
  add(site.operation.parameters, site.operationPointer);
  const identifiers = new NameRegistry([
    "body",
    "opts",
    "options",
    "client",
    "customHeaders",
    "cursor",
    "paginate",
    "operations",
    "String",
    "JSON",
    "encodeURIComponent",
    "undefined",
    "eval",
    "arguments"
  ]);
  const params = [];
  for (const { raw, pointer } of merged.values()) {
    const param = buildParameter(ctx, raw, pointer, site.methodName, identifiers);
    if (param) params.push(param);
  }
  return withOptionKeys(ctx, params, site.methodName);
}
var TAKEN_OPTION_KEYS = [
  "body",
  "customHeaders",
  "__proto__",
  "constructor",
  "toString",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable"
];
function withOptionKeys(ctx, params, methodName) {
  const taken = new Set(TAKEN_OPTION_KEYS);
  const optionKey = ctx.options.profile?.optionKey ?? ((name) => name);
  return params.map((param) => {
    if (param.required) return param;
    const wanted = optionKey(param.name);
    let key = wanted;
    for (let n = 2; taken.has(key); n++) key = `${wanted}${n}`;
    taken.add(key);
    if (key !== wanted) {
      report(
        ctx,
        "renamed-identifier",
        param.specPointer,
        `Optional parameter "${param.name}" of "${methodName}" is passed as "opts.${key}" because "${wanted}" is already a key of its options.`
      );
    }
    return { ...param, optionKey: key };
  });
}
function buildParameter(ctx, param, pointer, methodName, identifiers) {
  const name = typeof param.name === "string" ? param.name : void 0;
  const location = LOCATIONS.find((l) => l === param.in);
  if (name === void 0 || location === void 0) return void 0;
  const wanted = toCamelCase(name);
  const identifier = identifiers.claim(isReservedWord(wanted) ? `${wanted}Param` : wanted);
  const required = location === "path" || param.required === true;
  if (required && identifier !== name) {
    report(
      ctx,
      "renamed-identifier",
      pointer,
      `Parameter "${name}" of "${methodName}" is generated as "${identifier}".`
    );
  }
  const built = buildType(ctx, paramSchema(param), {
    pointer: pointerJoin(pointer, param.schema === void 0 && isObject(param.content) ? "content" : "schema"),
    hoistName: `${toPascalCase(methodName)}${toPascalCase(name)}`
  });
  const type = location === "path" || location === "query" ? acceptingDates(built, paramSchema(param)) : built;
  const jsonContent = param.schema === void 0 && isObject(param.content);
  const arrayStyle = ctx.options.profile?.arrayQueryStyle;
  const wire = paramWire({ location, type, style: param.style, explode: param.explode, jsonContent, arrayStyle }, ctx.models);
  if (wire.unsupported !== void 0) {
    report(
      ctx,
      "unsupported-parameter-style",
      pointer,
      `Query parameter "${name}" of "${methodName}" is an ${wire.unsupported === "deepObject" ? "object in deepObject style" : "object"}, which the runtime cannot spread into the query, so it is sent as JSON text.`
    );
  }
  return {
    name,
    identifier,
    optionKey: name,
    location,
    type,
    required,
    description: text(param.description),
    deprecated: param.deprecated === true ? true : void 0,
    queryStyle: wire.queryStyle,
    serialize: wire.serialize,
    specPointer: pointer
  };
}
function acceptingDates(type, schema) {
  const isDateTime = (s) => isObject(s) && s.format === "date-time";
  const withDate = (t) => ({ kind: "union", members: [t, { kind: "primitive", name: "Date" }] });
  if (type.kind === "primitive" && type.name === "string" && isDateTime(schema)) return withDate(type);
  if (type.kind === "array" && isObject(schema) && isDateTime(schema.items) && type.items.kind === "primitive" && type.items.name === "string") {
    return { kind: "array", items: withDate(type.items) };
  }
  return type;
}
function paramSchema(param) {
  if (param.schema !== void 0) return param.schema;
  if (isObject(param.content)) return Object.values(param.content).map((m) => isObject(m) ? m.schema : void 0)[0];
  return void 0;
}

// generator/ir/profile.ts
var NEUTRAL_BUILD_PROFILE = {
  operationFacts: () => () => ({ preview: false }),
  paging: () => void 0
};

// generator/ir/build-operation.ts
function buildOperation(ctx, site) {
  const { operation, methodName, pointer } = site;
  const params = buildParameters(ctx, {
    pathItem: site.pathItem,
    operation,
    pathPointer: site.pathPointer,
    operationPointer: pointer,
    methodName
  });
  const { responses, result, responseType, accept } = buildResponses(ctx, { operation, pointer, methodName });
  const queryParams = params.filter((p) => p.location === "query");
  const profile = ctx.options.profile ?? NEUTRAL_BUILD_PROFILE;
  return {
    operationId: typeof operation.operationId === "string" ? operation.operationId : methodName,
    methodName,
    httpMethod: site.httpMethod,
    pathTemplate: site.path,
    pathParams: params.filter((p) => p.location === "path"),
    positionalParams: params.filter((p) => p.required),
    queryParams,
    headerParams: params.filter((p) => p.location === "header"),
    cookieParams: params.filter((p) => p.location === "cookie"),
    body: buildBody(ctx, { operation, pointer, methodName }),
    result,
    responseType,
    ...accept ? { accept } : {},
    responses,
    optionsTypeName: ctx.typeNames.claim(`${toPascalCase(methodName)}Options`),
    paging: profile.paging({ methodName, queryParams, result, models: ctx.models }),
    docs: buildDocs(operation, site.facts),
    functionsFile: site.functionsFile,
    specPointer: pointer
  };
}
function buildDocs(operation, facts) {
  return {
    summary: text(operation.summary),
    description: text(operation.description),
    deprecated: operation.deprecated === true ? true : void 0,
    ...facts
  };
}

// generator/ir/build-api.ts
var METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"];
var RUNTIME_VALUES = [
  "paginate",
  "request",
  "path",
  "ApiClient",
  "String",
  "JSON",
  "encodeURIComponent",
  "Error",
  "Promise",
  "Object",
  "Array",
  "Symbol",
  "eval",
  "arguments",
  "constructor",
  "client",
  "operations",
  "prototype",
  "toString"
];
var DEFAULT_TAG = "Default";
function buildApi(document, options = {}) {
  const ctx = createBuildContext(document, options);
  const profile = options.profile ?? NEUTRAL_BUILD_PROFILE;
  buildComponentModels(ctx);
  const found = findOperations(ctx);
  const classes = classNames(found);
  const factsOf = profile.operationFacts(found.map((op) => op.operation));
  const operations = nameOperations(ctx, found, [...classes.values()].map((c) => c.className)).map(({ found: op, methodName }) => ({
    tags: op.tags,
    def: buildOperation(ctx, {
      ...op,
      methodName,
      facts: factsOf(op.operation),
      functionsFile: classes.get(op.tags[0]).fileName
    })
  }));
  const info = isObject(document.info) ? document.info : {};
  const api = {
    title: text(info.title) ?? "API",
    version: text(info.version) ?? "",
    description: text(info.description),
    resources: groupByTag(operations, classes),
    commonResponses: commonResponses(operations.map((op) => op.def)),
    models: breakImmediateCycles(ctx, [...ctx.models.values()]).sort((a, b) => compareCodeUnits(a.name, b.name))
  };
  return { api, diagnostics: ctx.diagnostics };
}
function findOperations(ctx) {
  const paths = isObject(ctx.document.paths) ? ctx.document.paths : {};
  const found = [];
  for (const path of Object.keys(paths).sort(compareCodeUnits)) {
    const pathItem = paths[path];
    if (!isObject(pathItem)) continue;
    const pathPointer = pointerJoin("#/paths", path);
    if (isObject(pathItem.trace)) {
      report(
        ctx,
        "unsupported-method",
        pointerJoin(pathPointer, "trace"),
        `Operation TRACE ${path} cannot be generated: the runtime sends no TRACE requests.`
      );
    }
    for (const httpMethod of METHODS) {
      const operation = pathItem[httpMethod.toLowerCase()];
      if (!isObject(operation)) continue;
      const tags = selectedTags(operation, ctx.options.tags);
      if (tags.length === 0) continue;
      const pointer = pointerJoin(pathPointer, httpMethod.toLowerCase());
      const operationId = typeof operation.operationId === "string" ? operation.operationId : void 0;
      const wantedName = operationId ?? derivedName(httpMethod, path);
      found.push({ path, httpMethod, pathItem, operation, pathPointer, pointer, wantedName, tags });
    }
  }
  return found;
}
function selectedTags(operation, filter) {
  const declared = Array.isArray(operation.tags) ? operation.tags.filter((t) => typeof t === "string") : [];
  const tags = [...new Set(declared.length > 0 ? declared : [DEFAULT_TAG])];
  return filter ? tags.filter((tag) => filter.includes(tag)) : tags;
}
function derivedName(httpMethod, path) {
  return toCamelCase(`${httpMethod.toLowerCase()} ${path.replace(/[{}]/g, " ")}`);
}
function classNames(found) {
  const tags = [...new Set(found.flatMap((op) => op.tags))].sort(compareCodeUnits);
  const registry = new NameRegistry();
  return new Map(tags.map((tag) => {
    const className = registry.claim(`${toPascalCase(tag)}Api`);
    return [tag, { className, fileName: toKebabCase(className) }];
  }));
}
function nameOperations(ctx, found, classNames2) {
  const registry = new NameRegistry([...RUNTIME_VALUES, ...classNames2]);
  const owners = /* @__PURE__ */ new Map();
  const sorted = [...found].sort((a, b) => compareCodeUnits(a.wantedName, b.wantedName) || compareCodeUnits(a.pointer, b.pointer));
  return sorted.map((op) => {
    const camel = toCamelCase(op.wantedName);
    const safe = isReservedWord(camel) ? `${camel}Operation` : camel;
    const methodName = registry.claim(safe);
    const owner = owners.get(safe.toLowerCase());
    owners.set(methodName.toLowerCase(), `${op.httpMethod} ${op.path}`);
    if (methodName !== op.wantedName && op.operation.operationId !== void 0) {
      const why = camel !== op.wantedName ? `"${op.wantedName}" is not an identifier` : safe !== camel ? `"${op.wantedName}" is a reserved word` : owner !== void 0 ? `"${safe}" is already the name of ${owner}` : classNames2.some((c) => c.toLowerCase() === safe.toLowerCase()) ? `"${safe}" is the name of a generated class` : `"${safe}" is a name the generated package already uses`;
      report(
        ctx,
        "renamed-identifier",
        op.pointer,
        `Operation "${op.wantedName}" is generated as "${methodName}" because ${why}.`
      );
    }
    return { found: op, methodName };
  });
}
function commonResponses(operations) {
  const key = (r2) => JSON.stringify([r2.status, r2.description, r2.type ?? null]);
  const [first, ...rest] = operations;
  if (!first || rest.length === 0) return [];
  const shared = new Set(first.responses.filter((r2) => !r2.status.startsWith("2")).map(key));
  for (const op of rest) {
    const own = new Set(op.responses.map(key));
    for (const k of shared) if (!own.has(k)) shared.delete(k);
  }
  return first.responses.filter((r2) => shared.has(key(r2)));
}
function groupByTag(operations, classes) {
  const byTag = /* @__PURE__ */ new Map();
  for (const { tags, def } of operations) {
    for (const tag of tags) {
      const list = byTag.get(tag) ?? [];
      list.push(def);
      byTag.set(tag, list);
    }
  }
  return [...classes].map(([tag, { className, fileName }]) => ({
    tag,
    className,
    fileName,
    operations: byTag.get(tag).sort((a, b) => compareCodeUnits(a.methodName, b.methodName))
  }));
}

// generator/load/load-spec.ts
import { readFile } from "node:fs/promises";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";

// generator/load/fast-locate.ts
function createFastLocator(text2) {
  const json = /^\s*[{[]/.test(text2);
  const jsonIndex = /* @__PURE__ */ new Map();
  let lines;
  let lineStarts;
  return (segments) => {
    const offset = json ? jsonOffset(text2, segments, jsonIndex) : yamlOffset(lines ??= yamlLines(text2), segments);
    if (offset === void 0 || offset === null) return offset;
    return position(lineStarts ??= startsOfLines(text2), offset);
  };
}
function startsOfLines(text2) {
  const starts = [0];
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function position(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = low + high + 1 >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}
function jsonOffset(text2, segments, index) {
  let at = skipSpace(text2, 0);
  let anchor2 = at;
  for (const segment of segments) {
    if (text2[at] !== "{" && text2[at] !== "[") return void 0;
    let members = index.get(at);
    if (!members) index.set(at, members = text2[at] === "{" ? scanMembers(text2, at) : scanItems(text2, at));
    const found = members.get(segment);
    if (found === void 0) return void 0;
    [anchor2, at] = found;
  }
  return anchor2;
}
function scanMembers(text2, at) {
  const members = /* @__PURE__ */ new Map();
  let i = skipSpace(text2, at + 1);
  while (text2[i] === '"') {
    const keyEnd = skipString(text2, i);
    const value = skipSpace(text2, skipSpace(text2, keyEnd) + 1);
    members.set(JSON.parse(text2.slice(i, keyEnd)), [i, value]);
    i = skipSpace(text2, skipValue(text2, value));
    if (text2[i] !== ",") break;
    i = skipSpace(text2, i + 1);
  }
  return members;
}
function scanItems(text2, at) {
  const items = /* @__PURE__ */ new Map();
  let i = skipSpace(text2, at + 1);
  for (let n = 0; text2[i] !== "]" && i < text2.length; n++) {
    items.set(String(n), [i, i]);
    i = skipSpace(text2, skipValue(text2, i));
    if (text2[i] !== ",") break;
    i = skipSpace(text2, i + 1);
  }
  return items;
}
function skipSpace(text2, i) {
  while (i < text2.length && /\s/.test(text2[i])) i++;
  return i;
}
function skipString(text2, i) {
  for (i++; i < text2.length && text2[i] !== '"'; i++) if (text2[i] === "\\") i++;
  return i + 1;
}
function skipValue(text2, i) {
  if (text2[i] === '"') return skipString(text2, i);
  if (text2[i] !== "{" && text2[i] !== "[") {
    while (i < text2.length && !/[,}\]\s]/.test(text2[i])) i++;
    return i;
  }
  let depth = 0;
  for (; i < text2.length; i++) {
    const char = text2[i];
    if (char === '"') i = skipString(text2, i) - 1;
    else if (char === "{" || char === "[") depth++;
    else if ((char === "}" || char === "]") && --depth === 0) return i + 1;
  }
  return i;
}
var FLOW = -1;
function yamlLines(text2) {
  const lines = [];
  let offset = 0;
  for (const raw of text2.split("\n")) {
    let content = raw.trimStart();
    let indent = raw.length - content.length;
    if (content !== "" && !content.startsWith("#") && content !== "---") {
      while (content.startsWith("- ")) {
        lines.push({ indent, content: "-", offset: offset + indent });
        const rest = content.slice(2);
        indent += 2 + (rest.length - rest.trimStart().length);
        content = rest.trimStart();
      }
      lines.push({ indent, content: content.trimEnd(), offset: offset + indent });
    }
    offset += raw.length + 1;
  }
  return lines;
}
function yamlOffset(lines, segments) {
  let from = 0;
  let parentIndent = -1;
  let anchor2 = lines[0]?.offset ?? 0;
  for (const segment of segments) {
    const found = findChild(lines, from, parentIndent, segment);
    if (found === null || found === void 0) return found;
    ({ from, parentIndent, anchor: anchor2 } = found);
  }
  return anchor2;
}
function findChild(lines, from, parentIndent, segment) {
  if (from === FLOW) return null;
  const first = lines[from];
  if (!first || first.indent <= parentIndent) return void 0;
  if (/^[{[]/.test(first.content)) return null;
  let index = 0;
  for (let i = from; i < lines.length && lines[i].indent >= first.indent; i++) {
    const line = lines[i];
    if (line.indent !== first.indent) continue;
    if (line.content === "-") {
      if (String(index++) !== segment) continue;
      const next = lines[i + 1];
      const value2 = next && next.indent > line.indent ? next : line;
      if (/^[{[&*!|>]/.test(value2.content)) return null;
      return { from: i + 1, parentIndent: line.indent, anchor: value2.offset };
    }
    const key = keyOf(line.content);
    if (key === null) return null;
    if (key !== segment) continue;
    const rest = line.content.slice(line.content.indexOf(":") + 1);
    const value = rest.trim();
    if (/^[&*!|>]/.test(value)) return null;
    const scalar = value !== "" && !/^[{[]/.test(value);
    const anchor2 = scalar ? line.offset + line.content.length - rest.trimStart().length : line.offset;
    return { from: /^[{[]/.test(value) ? FLOW : i + 1, parentIndent: line.indent, anchor: anchor2 };
  }
  return void 0;
}
function keyOf(content) {
  const quoted = /^(["'])((?:\\.|(?!\1).)*)\1\s*:(\s|$)/.exec(content);
  if (quoted) return quoted[1] === '"' ? JSON.parse(`"${quoted[2]}"`) : quoted[2].replace(/''/g, "'");
  const plain = /^([^\s"'#{[-][^:#]*?)\s*:(\s|$)/.exec(content);
  return plain ? plain[1] : null;
}

// generator/load/lazy-yaml.ts
import { createRequire } from "node:module";
function yamlPackage() {
  return createRequire(import.meta.url)("yaml");
}

// generator/load/load-spec.ts
var SpecLoadError = class extends Error {
  constructor(diagnostic2, source) {
    super(formatDiagnostic(diagnostic2, source));
    this.diagnostic = diagnostic2;
    this.source = source;
  }
  diagnostic;
  source;
  name = "SpecLoadError";
};
async function loadSpec(path) {
  let text2;
  try {
    text2 = await readFile(path, "utf8");
  } catch (error2) {
    const reason = error2.code ?? "unknown error";
    throw loadError(
      path,
      void 0,
      "unreadable-file",
      `The spec file cannot be read (${reason}).`
    );
  }
  return parseSpec(path, text2);
}
function parseSpec(path, text2) {
  const document = fastParse(text2) ?? positionedDocument(path, text2).document;
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw loadError(path, { line: 1, column: 1 }, "not-an-object", "The spec is not a YAML or JSON object.");
  }
  let exact;
  let fastLocate;
  return {
    path,
    document,
    locate: (pointer) => {
      const fast = (fastLocate ??= createFastLocator(text2))(pointerSegments(pointer));
      return fast !== null ? fast : (exact ??= positionedDocument(path, text2).locate)(pointer);
    }
  };
}
function fastParse(text2) {
  try {
    if (/^\s*[{[]/.test(text2)) return JSON.parse(text2);
    if (/(^|[\s[{,])&[^\s,\]}]/m.test(text2)) return void 0;
    return loadYaml(text2, { schema: CORE_SCHEMA });
  } catch {
    return void 0;
  }
}
function positionedDocument(path, text2) {
  const yaml = yamlPackage();
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text2, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const offset = first.pos[0];
    const at = lineCounter.linePos(offset);
    const location = { line: at.line, column: at.col };
    if (first.code === "DUPLICATE_KEY") {
      const key = keyAt(text2, offset);
      throw loadError(path, location, "duplicate-key", `Key "${key}" appears more than once in the same mapping.`);
    }
    const reason = first.message.split(" at line ")[0].replace(/[.:]$/, "");
    throw loadError(path, location, "invalid-syntax", `The spec is not valid YAML or JSON: ${reason}.`);
  }
  return { document: doc.toJS({ maxAliasCount: 1e3 }), locate: locator(doc, lineCounter) };
}
function locator(doc, lineCounter) {
  return (pointer) => {
    const keys = pointerSegments(pointer);
    let node = doc.contents;
    let anchor2 = node;
    for (const key of keys) {
      const step = childStep(node, key);
      if (!step) return void 0;
      node = step.value;
      anchor2 = yamlPackage().isScalar(step.value) || !step.key ? step.value : step.key;
    }
    const offset = anchor2?.range?.[0];
    if (offset === void 0) return void 0;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
}
function childStep(parent, key) {
  const { isMap, isScalar, isSeq } = yamlPackage();
  if (isSeq(parent)) {
    const item = parent.items[Number(key)];
    return item === void 0 ? void 0 : { value: item };
  }
  if (!isMap(parent)) return void 0;
  const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return pair ? { key: pair.key, value: pair.value } : void 0;
}
function keyAt(text2, offset) {
  const rest = text2.slice(offset);
  const quoted = /^(["'])(.*?)\1/.exec(rest);
  if (quoted) return quoted[2];
  return (/^[^:\n]*/.exec(rest)?.[0] ?? "").trim();
}
function loadError(path, location, code2, message) {
  return new SpecLoadError(diagnostic(code2, "#", message), { path, locate: () => location });
}

// generator/convert/convert-schema.ts
function toComponentName(name) {
  return name.replace(/[^A-Za-z0-9._-]/g, "_");
}
function rewriteRef(ref) {
  const match = /^#\/definitions\/([^/]+)(.*)$/.exec(ref);
  if (!match) return ref;
  const name = unescapeSegment(match[1]);
  return `#/components/schemas/${toComponentName(name)}${match[2]}`;
}
var SCHEMA_MAP_KEYS = ["properties", "patternProperties"];
var SCHEMA_LIST_KEYS = ["allOf", "anyOf", "oneOf"];
var SCHEMA_SINGLE_KEYS = ["items", "additionalProperties", "not"];
function convertSchema(schema) {
  if (!isObject(schema)) return schema;
  if (typeof schema.$ref === "string") return convertRefSchema(schema, schema.$ref);
  const converted = {};
  for (const [key, value] of Object.entries(schema)) converted[key] = convertSchemaKey(key, value);
  if (schema.type === "file") Object.assign(converted, { type: "string", format: "binary" });
  if (schema["x-nullable"] === true) converted.nullable = true;
  if (typeof schema.discriminator === "string") {
    converted.discriminator = { propertyName: schema.discriminator };
  }
  return converted;
}
function convertRefSchema(schema, ref) {
  const { $ref: _ref, ...siblings } = schema;
  const reference = { $ref: rewriteRef(ref) };
  if (Object.keys(siblings).length === 0) return reference;
  const converted = convertSchema(siblings);
  return { ...converted, allOf: [reference] };
}
function convertSchemaKey(key, value) {
  if (SCHEMA_MAP_KEYS.includes(key) && isObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([name, sub]) => [name, convertSchema(sub)])
    );
  }
  if (SCHEMA_LIST_KEYS.includes(key) && Array.isArray(value)) {
    return value.map(convertSchema);
  }
  if (SCHEMA_SINGLE_KEYS.includes(key)) return convertSchema(value);
  return value;
}

// generator/convert/convert-parameter.ts
var VALUE_KEYS = [
  "type",
  "format",
  "items",
  "default",
  "enum",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems"
];
function convertParameter(parameter) {
  const converted = {};
  for (const key of ["name", "in", "description", "required", "deprecated", "allowEmptyValue"]) {
    if (parameter[key] !== void 0) converted[key] = parameter[key];
  }
  Object.assign(converted, collectionFormatToStyle(parameter));
  converted.schema = valueSchema(parameter);
  return { ...converted, ...pickExtensions(parameter) };
}
function valueSchema(simple) {
  const schema = {};
  for (const key of VALUE_KEYS) {
    if (simple[key] === void 0) continue;
    schema[key] = key === "items" && isObject(simple.items) ? valueSchema(simple.items) : simple[key];
  }
  return convertSchema(schema);
}
function collectionFormatToStyle(parameter) {
  if (parameter.type !== "array") return {};
  const format = typeof parameter.collectionFormat === "string" ? parameter.collectionFormat : "csv";
  const inQueryOrCookie = parameter.in === "query" || parameter.in === "formData";
  switch (format) {
    case "multi":
      return { style: "form", explode: true };
    case "ssv":
      return { style: "spaceDelimited", explode: false };
    case "pipes":
      return { style: "pipeDelimited", explode: false };
    default:
      return inQueryOrCookie ? { style: "form", explode: false } : { style: "simple", explode: false };
  }
}

// generator/convert/convert-request-body.ts
var FORM_MEDIA_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"];
function bodyToRequestBody(body, consumes) {
  const schema = convertSchema(body.schema);
  const content = Object.fromEntries(consumes.map((mediaType) => [mediaType, { schema }]));
  const requestBody = {};
  if (typeof body.description === "string") requestBody.description = body.description;
  requestBody.required = body.required === true;
  requestBody.content = content;
  return { ...requestBody, ...pickExtensions(body) };
}
function formDataToRequestBody(fields, consumes) {
  const properties = {};
  const required = [];
  for (const field of fields) {
    const name = String(field.name);
    const schema2 = valueSchema(field);
    if (typeof field.description === "string") schema2.description = field.description;
    properties[name] = schema2;
    if (field.required === true) required.push(name);
  }
  const schema = {
    type: "object",
    ...required.length > 0 ? { required } : {},
    properties
  };
  const formTypes = consumes.filter((type) => FORM_MEDIA_TYPES.includes(type));
  const mediaTypes2 = formTypes.length > 0 ? formTypes : [defaultFormType(fields)];
  const content = Object.fromEntries(mediaTypes2.map((mediaType) => [mediaType, { schema }]));
  return { required: required.length > 0, content };
}
function defaultFormType(fields) {
  return fields.some((field) => field.type === "file") ? FORM_MEDIA_TYPES[0] : FORM_MEDIA_TYPES[1];
}
function isBodyLike(parameter) {
  return isObject(parameter) && (parameter.in === "body" || parameter.in === "formData");
}

// generator/convert/convert-response.ts
function convertResponse(response, produces) {
  const converted = {};
  converted.description = typeof response.description === "string" ? response.description : "";
  if (isObject(response.headers)) converted.headers = convertHeaders(response.headers);
  if (response.schema !== void 0) converted.content = responseContent(response, produces);
  return { ...converted, ...pickExtensions(response) };
}
function responseContent(response, produces) {
  const schema = convertSchema(response.schema);
  const examples = isObject(response.examples) ? response.examples : {};
  const content = {};
  for (const mediaType of produces) {
    const example = examples[mediaType];
    content[mediaType] = example === void 0 ? { schema } : { schema, example };
  }
  return content;
}
function convertHeaders(headers) {
  const converted = {};
  for (const [name, header] of Object.entries(headers)) {
    if (!isObject(header)) continue;
    const description = typeof header.description === "string" ? { description: header.description } : {};
    converted[name] = { ...description, schema: valueSchema(header), ...pickExtensions(header) };
  }
  return converted;
}

// generator/convert/convert-security.ts
var OAUTH_FLOW_NAMES = {
  implicit: "implicit",
  password: "password",
  application: "clientCredentials",
  accessCode: "authorizationCode"
};
function convertSecurityDefinitions(definitions) {
  const schemes = {};
  if (!isObject(definitions)) return schemes;
  for (const [name, definition] of Object.entries(definitions)) {
    if (isObject(definition)) schemes[toComponentName(name)] = convertSecurityScheme(definition);
  }
  return schemes;
}
function convertSecurityScheme(definition) {
  const description = typeof definition.description === "string" ? { description: definition.description } : {};
  const extensions = pickExtensions(definition);
  if (definition.type === "basic")
    return { type: "http", ...description, scheme: "basic", ...extensions };
  if (definition.type === "apiKey") {
    return {
      type: "apiKey",
      ...description,
      name: definition.name,
      in: definition.in,
      ...extensions
    };
  }
  const flowName = OAUTH_FLOW_NAMES[String(definition.flow)] ?? String(definition.flow);
  const flow = {};
  if (definition.authorizationUrl !== void 0)
    flow.authorizationUrl = definition.authorizationUrl;
  if (definition.tokenUrl !== void 0) flow.tokenUrl = definition.tokenUrl;
  flow.scopes = isObject(definition.scopes) ? definition.scopes : {};
  return { type: "oauth2", ...description, flows: { [flowName]: flow }, ...extensions };
}
function buildServers(document) {
  if (typeof document.host !== "string") return [];
  const basePath = typeof document.basePath === "string" ? document.basePath.replace(/\/+$/, "") : "";
  const schemes = Array.isArray(document.schemes) && document.schemes.length > 0 ? document.schemes : ["https"];
  return schemes.map((scheme) => ({ url: `${String(scheme)}://${document.host}${basePath}` }));
}
function renameSecurityRequirements(security) {
  return asArray(security).map(
    (requirement) => isObject(requirement) ? Object.fromEntries(
      Object.entries(requirement).map(([name, scopes]) => [toComponentName(name), scopes])
    ) : requirement
  );
}

// generator/convert/convert-operation.ts
var MOVED_KEYS = /* @__PURE__ */ new Set(["parameters", "responses", "consumes", "produces", "schemes"]);
function convertOperation(operation, inheritedBody, context) {
  const converted = {};
  for (const [key, value] of Object.entries(operation)) {
    if (!MOVED_KEYS.has(key)) converted[key] = value;
  }
  const parameters = resolveParameters(operation.parameters, context.document);
  const plain = parameters.filter((parameter) => !isBodyLike(parameter));
  if (plain.length > 0) converted.parameters = plain.map(convertParameter);
  const ownBody = parameters.filter(isBodyLike);
  const requestBody = buildRequestBody(
    ownBody.length > 0 ? ownBody : inheritedBody,
    operation,
    context
  );
  if (requestBody) converted.requestBody = requestBody;
  converted.responses = convertResponses(operation, context);
  if (operation.security !== void 0)
    converted.security = renameSecurityRequirements(operation.security);
  return converted;
}
function resolveParameters(parameters, document) {
  return asArray(parameters).map(
    (parameter) => isObject(parameter) && typeof parameter.$ref === "string" ? resolvePointer(document, parameter.$ref) : parameter
  ).filter(isObject);
}
function buildRequestBody(bodyParameters, operation, context) {
  const consumes = mediaTypes(operation.consumes, context.consumes);
  const body = bodyParameters.find((parameter) => parameter.in === "body");
  if (body) return bodyToRequestBody(body, consumes);
  const fields = bodyParameters.filter((parameter) => parameter.in === "formData");
  return fields.length > 0 ? formDataToRequestBody(fields, consumes) : void 0;
}
function convertResponses(operation, context) {
  const produces = mediaTypes(operation.produces, context.produces);
  const responses = {};
  for (const [status, response] of Object.entries(
    isObject(operation.responses) ? operation.responses : {}
  )) {
    const resolved = isObject(response) && typeof response.$ref === "string" ? resolvePointer(context.document, response.$ref) : response;
    responses[status] = isObject(resolved) ? convertResponse(resolved, produces) : resolved;
  }
  return responses;
}
function mediaTypes(own, inherited) {
  const list = asStringArray(own);
  if (list.length > 0) return list;
  return inherited.length > 0 ? [...inherited] : ["application/json"];
}

// generator/lib/http-methods.ts
var HTTP_METHODS = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace"
];
function isHttpMethod(key) {
  return HTTP_METHODS.includes(key);
}

// generator/convert/convert-swagger2.ts
var REPLACED_KEYS = /* @__PURE__ */ new Set([
  "swagger",
  "host",
  "basePath",
  "schemes",
  "consumes",
  "produces",
  "paths",
  "definitions",
  "parameters",
  "responses",
  "securityDefinitions",
  "tags"
]);
function convertSwagger2(document, paths, keptSchemas) {
  const context = {
    document,
    consumes: asStringArray(document.consumes),
    produces: asStringArray(document.produces)
  };
  const converted = { openapi: "3.0.3" };
  for (const [key, value] of Object.entries(document)) {
    if (!REPLACED_KEYS.has(key)) converted[key] = value;
  }
  if (document.security !== void 0)
    converted.security = renameSecurityRequirements(document.security);
  const servers = buildServers(document);
  if (servers.length > 0) converted.servers = servers;
  converted.paths = Object.fromEntries(
    Object.entries(paths).map(([path, item]) => [
      path,
      convertPathItem(item, context)
    ])
  );
  converted.components = {
    schemas: keptDefinitions(document.definitions, keptSchemas),
    securitySchemes: convertSecurityDefinitions(document.securityDefinitions)
  };
  return converted;
}
function convertPathItem(pathItem, context) {
  const shared = resolveParameters(pathItem.parameters, context.document);
  const inheritedBody = shared.filter(isBodyLike);
  const converted = {};
  for (const [key, value] of Object.entries(pathItem)) {
    if (isHttpMethod(key) && isObject(value))
      converted[key] = convertOperation(value, inheritedBody, context);
    else if (key !== "parameters") converted[key] = value;
  }
  const plain = shared.filter((parameter) => !isBodyLike(parameter));
  if (plain.length > 0) converted.parameters = plain.map(convertParameter);
  return converted;
}
function keptDefinitions(definitions, kept) {
  if (!isObject(definitions)) return {};
  return Object.fromEntries(
    Object.entries(definitions).filter(([name]) => kept.has(name)).map(([name, schema]) => [toComponentName(name), convertSchema(schema)])
  );
}

// generator/convert/order-document.ts
var PATH_ITEM_ORDER = ["summary", "description", "parameters", ...HTTP_METHODS, "servers"];

// generator/load/to-openapi3.ts
function isSwagger2(document) {
  return document.swagger === "2.0" && document.openapi === void 0;
}
function toOpenApi3(document) {
  if (!isSwagger2(document)) return document;
  const paths = isObject(document.paths) ? document.paths : {};
  const definitions = isObject(document.definitions) ? Object.keys(document.definitions) : [];
  return convertSwagger2(document, paths, new Set(definitions));
}

// generator/validate/check-document.ts
function checkVersion(document) {
  if (document.swagger !== void 0 && document.openapi === void 0) {
    if (document.swagger === "2.0") return void 0;
    const message = `Swagger version ${JSON.stringify(document.swagger)} is not supported; use Swagger 2.0 or OpenAPI 3.0.x/3.1.x.`;
    return diagnostic("swagger-2-document", "#/swagger", message);
  }
  if (typeof document.openapi !== "string") {
    const message = 'The spec has no "openapi" version, so it is not an OpenAPI description.';
    return diagnostic("not-openapi", "#", message);
  }
  if (!/^3\.[01]\.\d+$/.test(document.openapi)) {
    const message = `OpenAPI version "${document.openapi}" is not supported; use 3.0.x or 3.1.x.`;
    return diagnostic("unsupported-openapi-version", "#/openapi", message);
  }
  return void 0;
}
function checkDocument(document) {
  const diagnostics = [];
  if (!isObject(document.info))
    diagnostics.push(diagnostic("missing-info", "#/info", 'The spec has no "info" object.'));
  if (!isObject(document.paths))
    diagnostics.push(diagnostic("missing-paths", "#/paths", 'The spec has no "paths" object.'));
  return diagnostics;
}

// generator/validate/check-operations.ts
function checkOperations(document, sites) {
  const diagnostics = [];
  const firstUse = /* @__PURE__ */ new Map();
  for (const site of sites) {
    diagnostics.push(...checkOperationId(site, firstUse));
    diagnostics.push(...checkResponses(site));
    diagnostics.push(...checkRequestBody(site, document));
  }
  return diagnostics;
}
function checkOperationId(site, firstUse) {
  const id = site.operation.operationId;
  if (typeof id !== "string" || id === "") {
    const message2 = `${site.label} has no operationId, so the generator derives its method name.`;
    return [diagnostic("missing-operation-id", site.pointer, message2)];
  }
  const first = firstUse.get(id);
  if (!first) {
    firstUse.set(id, site);
    return [];
  }
  const message = `Operation id "${id}" is already used by ${first.method.toUpperCase()} ${first.path}.`;
  return [diagnostic("duplicate-operation-id", `${site.pointer}/operationId`, message)];
}
function checkResponses(site) {
  const responses = isObject(site.operation.responses) ? site.operation.responses : {};
  const statuses = Object.keys(responses);
  const diagnostics = [];
  if (!statuses.some((status) => /^[23](\d\d|XX)$/.test(status) || status === "default")) {
    const pointer = `${site.pointer}/responses`;
    const message = `${site.label} has no 2xx response, so its method resolves with no data.`;
    diagnostics.push(diagnostic("no-success-response", pointer, message));
  }
  for (const [status, response] of Object.entries(responses)) {
    if (!isObject(response) || response.$ref !== void 0 || typeof response.description === "string")
      continue;
    const pointer = toPointer(["paths", site.path, site.method, "responses", status]);
    const message = `Response "${status}" of ${lowerFirst(site.label)} has no description.`;
    diagnostics.push(diagnostic("response-missing-description", pointer, message));
  }
  return diagnostics;
}
function checkRequestBody(site, document) {
  const body = resolveRefs(document, site.operation.requestBody);
  if (!isObject(body)) return [];
  if (isObject(body.content) && Object.keys(body.content).length > 0) return [];
  const message = `The request body of ${lowerFirst(site.label)} has no content.`;
  return [diagnostic("request-body-missing-content", `${site.pointer}/requestBody`, message)];
}
function lowerFirst(text2) {
  return text2.charAt(0).toLowerCase() + text2.slice(1);
}

// generator/validate/check-parameters.ts
var LOCATIONS2 = ["path", "query", "header", "cookie"];
function checkParameters(document, sites) {
  const diagnostics = [];
  const checkedPathItems = /* @__PURE__ */ new Set();
  for (const site of sites) {
    const shared = parameterSites(
      document,
      site.pathItem,
      toPointer(["paths", site.path]),
      `path "${site.path}"`
    );
    const own = parameterSites(document, site.operation, site.pointer, lowerFirst(site.label));
    if (!checkedPathItems.has(site.pathItem)) diagnostics.push(...checkList(shared));
    checkedPathItems.add(site.pathItem);
    diagnostics.push(...checkList(own));
    diagnostics.push(...checkTemplate(site, effectiveParameters(shared, own)));
  }
  return diagnostics;
}
function parameterSites(document, owner, pointer, ownerLabel) {
  return asArray(owner.parameters).flatMap((entry, index) => {
    const resolved = resolveRefs(document, entry);
    if (!isObject(resolved)) return [];
    return [
      {
        parameter: resolved,
        pointer: `${pointer}/parameters/${index}`,
        position: index + 1,
        owner: ownerLabel
      }
    ];
  });
}
function checkList(list) {
  const diagnostics = [];
  const seen = /* @__PURE__ */ new Set();
  for (const site of list) {
    diagnostics.push(...checkParameter(site));
    const key = `${String(site.parameter.in)} ${String(site.parameter.name)}`;
    if (typeof site.parameter.name === "string" && seen.has(key)) {
      const message = `Parameter "${site.parameter.name}" in ${String(site.parameter.in)} is declared twice for ${site.owner}.`;
      diagnostics.push(diagnostic("duplicate-parameter", site.pointer, message));
    }
    seen.add(key);
  }
  return diagnostics;
}
function checkParameter({ parameter, pointer, position: position2, owner }) {
  if (typeof parameter.name !== "string" || parameter.name === "") {
    return [
      diagnostic("parameter-missing-name", pointer, `Parameter ${position2} of ${owner} has no name.`)
    ];
  }
  const name = `Parameter "${parameter.name}" of ${owner}`;
  const diagnostics = [];
  if (parameter.in === void 0) {
    diagnostics.push(diagnostic("parameter-missing-in", pointer, `${name} has no "in" location.`));
  } else if (!LOCATIONS2.includes(String(parameter.in))) {
    const message = `${name} has unknown location "${String(parameter.in)}".`;
    diagnostics.push(diagnostic("parameter-unknown-in", `${pointer}/in`, message));
  }
  if (parameter.schema === void 0 && parameter.content === void 0) {
    diagnostics.push(
      diagnostic("parameter-missing-schema", pointer, `${name} has neither a schema nor content.`)
    );
  }
  if (parameter.in === "path" && parameter.required !== true) {
    diagnostics.push(
      diagnostic("path-parameter-not-required", pointer, `Path ${lowerFirst(name)} is not required.`)
    );
  }
  return diagnostics;
}
function effectiveParameters(shared, own) {
  const ownKeys = new Set(
    own.map((site) => `${String(site.parameter.in)} ${String(site.parameter.name)}`)
  );
  return [
    ...shared.filter(
      (site) => !ownKeys.has(`${String(site.parameter.in)} ${String(site.parameter.name)}`)
    ),
    ...own
  ];
}
function checkTemplate(site, parameters) {
  const variables = [...site.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  const declared = parameters.filter((entry) => entry.parameter.in === "path");
  const diagnostics = [];
  for (const entry of declared) {
    if (typeof entry.parameter.name !== "string" || variables.includes(entry.parameter.name))
      continue;
    const message = `Path parameter "${entry.parameter.name}" of ${entry.owner} is not in the path template.`;
    diagnostics.push(diagnostic("path-parameter-not-in-template", entry.pointer, message));
  }
  for (const variable of variables) {
    if (declared.some((entry) => entry.parameter.name === variable)) continue;
    const message = `Path variable "{${variable}}" of ${lowerFirst(site.label)} has no path parameter.`;
    diagnostics.push(diagnostic("path-parameter-undeclared", site.pointer, message));
  }
  return diagnostics;
}

// generator/validate/check-paths.ts
function checkIdenticalPathTemplates(document) {
  const paths = isObject(document.paths) ? Object.keys(document.paths) : [];
  const firstByTemplate = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (const path of paths) {
    const template = path.replace(/\{[^}]*\}/g, "{}");
    const first = firstByTemplate.get(template);
    if (first === void 0) {
      firstByTemplate.set(template, path);
      continue;
    }
    const message = `Path "${path}" has the same template as "${first}".`;
    diagnostics.push(diagnostic("identical-path-templates", toPointer(["paths", path]), message));
  }
  return diagnostics;
}

// generator/load/bundle-refs.ts
import { readFile as readFile2 } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";
var MAX_FILE_DEPTH = 32;
async function bundleExternalRefs(document, options) {
  if (!hasExternalRef(document)) return { document, diagnostics: [] };
  const diagnostics = [];
  const root = dirname(resolve(options.specPath));
  const cache = /* @__PURE__ */ new Map();
  const load = (file) => {
    if (!cache.has(file)) cache.set(file, readFile2(file, "utf8").then((text2) => parseSpec(file, text2).document));
    return cache.get(file);
  };
  const visit = async (node, baseFile, pointer, depth) => {
    if (Array.isArray(node)) return Promise.all(node.map((item, i) => visit(item, baseFile, `${pointer}/${i}`, depth)));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === "string" && !(ref.startsWith("#") && baseFile === "")) {
      const target = locate(ref, baseFile, root, options);
      if (target === void 0) return node;
      if (depth >= MAX_FILE_DEPTH) {
        diagnostics.push(diagnostic(
          "external-ref-cycle",
          pointer,
          `Reference "${ref}" leads through more than ${MAX_FILE_DEPTH} files, so it is taken for a cycle.`
        ));
        return node;
      }
      const value = resolvePointer(await load(target.file), target.fragment);
      if (value === void 0) {
        diagnostics.push(diagnostic("dangling-external-ref", pointer, `Reference "${ref}" does not resolve.`));
        return node;
      }
      return visit(value, target.file, pointer, depth + 1);
    }
    const entries2 = await Promise.all(Object.entries(node).map(async ([key, value]) => [key, await visit(value, baseFile, pointerJoin(pointer, key), depth)]));
    return Object.fromEntries(entries2);
  };
  try {
    const bundled = await visit(document, "", "#", 0);
    return { document: bundled, diagnostics };
  } catch (error2) {
    const message = `A referenced file cannot be read or parsed (${error2 instanceof Error ? error2.message.split("\n")[0] : String(error2)}).`;
    return { document, diagnostics: [...diagnostics, diagnostic("unreadable-ref", "#", message)] };
  }
}
function locate(ref, baseFile, root, options) {
  const [path = "", fragment = ""] = ref.split("#", 2);
  if (isUrl(path)) return void 0;
  const file = path === "" ? baseFile : resolve(baseFile === "" ? root : dirname(baseFile), path);
  const inside = !relative(root, file).startsWith("..") && !isAbsolute(relative(root, file));
  return inside || options.allowExternalRefs ? { file, fragment: `#${fragment}` } : void 0;
}
function isUrl(ref) {
  return /^[a-z][a-z0-9+.-]*:/i.test(ref);
}
function hasExternalRef(node) {
  if (Array.isArray(node)) return node.some(hasExternalRef);
  if (!isObject(node)) return false;
  if (typeof node.$ref === "string" && !node.$ref.startsWith("#")) return true;
  for (const key in node) if (hasExternalRef(node[key])) return true;
  return false;
}

// generator/validate/check-refs.ts
var REFERENCE_KINDS = [
  ["#/components/schemas/", "Schema reference"],
  ["#/components/responses/", "Response reference"],
  ["#/components/parameters/", "Parameter reference"],
  ["#/components/requestBodies/", "Request body reference"],
  ["#/components/headers/", "Header reference"]
];
function checkRefs(document) {
  const diagnostics = [];
  const visit = (node, segments) => {
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...segments, index]));
    if (!isObject(node)) return;
    if (typeof node.$ref === "string") {
      const problem = refProblem(document, node.$ref, toPointer(segments));
      if (problem) diagnostics.push(problem);
    }
    for (const [key, value] of Object.entries(node)) visit(value, [...segments, key]);
  };
  visit(document, []);
  return diagnostics;
}
function refProblem(document, ref, pointer) {
  if (!ref.startsWith("#")) {
    const message = isUrl(ref) ? `Reference "${ref}" is a URL; the generator does no network access, even with --allow-external-refs.` : `Reference "${ref}" points to another file; files outside the spec's folder are read only with --allow-external-refs.`;
    return diagnostic("external-ref", pointer, message);
  }
  const noun = REFERENCE_KINDS.find(([prefix]) => ref.startsWith(prefix))?.[1] ?? "Reference";
  const target = resolvePointer(document, ref);
  if (target === void 0) return diagnostic("dangling-ref", pointer, `${noun} "${ref}" does not resolve.`);
  if (leadsBackToItself(document, ref)) {
    return diagnostic("ref-cycle", pointer, `${noun} "${ref}" leads back to itself through references only.`);
  }
  return void 0;
}
function leadsBackToItself(document, ref) {
  const seen = /* @__PURE__ */ new Set();
  let current = ref;
  while (current !== void 0 && current.startsWith("#")) {
    if (seen.has(current)) return true;
    seen.add(current);
    const node = resolvePointer(document, current);
    current = isObject(node) && typeof node.$ref === "string" ? node.$ref : void 0;
  }
  return false;
}

// generator/validate/walk-operations.ts
function walkOperations(document) {
  const sites = [];
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      sites.push({
        path,
        method,
        pathItem,
        operation,
        pointer: toPointer(["paths", path, method]),
        label: `Operation "${operationName(operation, method, path)}"`
      });
    }
  }
  return sites;
}
function operationName(operation, method, path) {
  const id = operation.operationId;
  return typeof id === "string" && id !== "" ? id : `${method.toUpperCase()} ${path}`;
}

// generator/validate/schema-roots.ts
function schemaRoots(document) {
  const roots = [];
  const add = (schema, segments, name) => {
    if (isObject(schema) && schema.$ref === void 0) roots.push({ schema, pointer: toPointer(segments), name });
  };
  const components = isObject(document.components) ? document.components : {};
  for (const [name, schema] of entries(components.schemas)) add(schema, ["components", "schemas", name], name);
  for (const [name, parameter] of entries(components.parameters)) {
    addParameter(add, parameter, ["components", "parameters", name], `parameter ${name}`);
  }
  for (const [name, body] of entries(components.requestBodies)) {
    addContent(add, body, ["components", "requestBodies", name], `request body ${name}`);
  }
  for (const [name, response] of entries(components.responses)) {
    addResponse(add, response, ["components", "responses", name], `response ${name}`);
  }
  for (const [name, header] of entries(components.headers)) {
    addParameter(add, header, ["components", "headers", name], `header ${name}`);
  }
  const pathItems = /* @__PURE__ */ new Set();
  for (const site of walkOperations(document)) {
    if (!pathItems.has(site.pathItem)) {
      pathItems.add(site.pathItem);
      asArray(site.pathItem.parameters).forEach((parameter, index) => addParameter(add, parameter, ["paths", site.path, "parameters", index], `path ${site.path} parameter`));
    }
    const at = ["paths", site.path, site.method];
    const opName = site.label.slice('Operation "'.length, -1);
    asArray(site.operation.parameters).forEach((parameter, index) => addParameter(add, parameter, [...at, "parameters", index], `${opName} parameter`));
    addContent(add, site.operation.requestBody, [...at, "requestBody"], `${opName} request body`);
    for (const [status, response] of entries(site.operation.responses)) {
      addResponse(add, response, [...at, "responses", status], `${opName} ${status} response`);
    }
  }
  return roots;
}
function entries(value) {
  return isObject(value) ? Object.entries(value) : [];
}
function addParameter(add, parameter, at, label) {
  if (!isObject(parameter)) return;
  const name = typeof parameter.name === "string" ? `${label} ${parameter.name}` : label;
  add(parameter.schema, [...at, "schema"], name);
  addContent(add, parameter, at, name);
}
function addResponse(add, response, at, label) {
  if (!isObject(response)) return;
  addContent(add, response, at, label);
  for (const [name, header] of entries(response.headers)) {
    addParameter(add, header, [...at, "headers", name], `${label} header ${name}`);
  }
}
function addContent(add, owner, at, label) {
  if (!isObject(owner)) return;
  for (const [mediaType, media] of entries(owner.content)) {
    if (isObject(media)) add(media.schema, [...at, "content", mediaType, "schema"], label);
  }
}

// generator/validate/check-schemas.ts
var TYPES_3_0 = ["string", "number", "integer", "boolean", "array", "object"];
var TYPES_3_1 = [...TYPES_3_0, "null"];
function checkSchemas(document) {
  const knownTypes = String(document.openapi).startsWith("3.1") ? TYPES_3_1 : TYPES_3_0;
  const diagnostics = [];
  const visit = (site) => {
    diagnostics.push(...checkType(site, knownTypes), ...checkEnum(site), ...checkRequired(site));
    childSchemas(site).forEach(visit);
  };
  schemaRoots(document).forEach(visit);
  return diagnostics;
}
function checkType({ schema, pointer, name }, knownTypes) {
  if (schema.type === void 0) return [];
  const types = Array.isArray(schema.type) && knownTypes.includes("null") ? schema.type : [schema.type];
  const unknown = types.find((type) => typeof type !== "string" || !knownTypes.includes(type));
  if (unknown === void 0) return [];
  if (unknown === "null" && !Array.isArray(schema.type)) {
    const message2 = `Schema "${name}" has type "null", which only OpenAPI 3.1 defines; it is read as null.`;
    return [diagnostic("null-type-in-3-0", `${pointer}/type`, message2)];
  }
  const message = `Schema "${name}" has unknown type ${JSON.stringify(unknown)}.`;
  return [diagnostic("unknown-schema-type", `${pointer}/type`, message)];
}
function checkEnum({ schema, pointer, name }) {
  if (schema.enum === void 0 || Array.isArray(schema.enum) && schema.enum.length > 0)
    return [];
  const message = `Schema "${name}" has an enum that is not a non-empty array.`;
  return [diagnostic("invalid-enum", `${pointer}/enum`, message)];
}
function checkRequired({ schema, pointer, name }) {
  const composed = ["allOf", "oneOf", "anyOf"].some((key) => schema[key] !== void 0);
  if (!isObject(schema.properties) || composed || schema.additionalProperties) return [];
  const properties = schema.properties;
  return asArray(schema.required).flatMap(
    (property, index) => typeof property === "string" && !Object.hasOwn(properties, property) ? [
      diagnostic(
        "required-property-missing",
        `${pointer}/required/${index}`,
        `Schema "${name}" requires property "${property}", which it does not define.`
      )
    ] : []
  );
}
function childSchemas({ schema, pointer, name }) {
  const children = [];
  const add = (child, childPointer, childName) => {
    if (isObject(child) && child.$ref === void 0)
      children.push({ schema: child, pointer: childPointer, name: childName });
  };
  if (isObject(schema.properties)) {
    for (const [property, child] of Object.entries(schema.properties)) {
      add(
        child,
        pointerJoin(pointer, "properties", property),
        `${name}.${property}`
      );
    }
  }
  add(schema.items, `${pointer}/items`, `${name}[]`);
  add(schema.additionalProperties, `${pointer}/additionalProperties`, `${name}{}`);
  add(schema.not, `${pointer}/not`, `${name}.not`);
  for (const key of ["allOf", "oneOf", "anyOf"]) {
    asArray(schema[key]).forEach(
      (child, index) => add(child, `${pointer}/${key}/${index}`, `${name}.${key}[${index}]`)
    );
  }
  return children;
}

// generator/validate/validate-spec.ts
function validateConverted(original, converted) {
  if (isSwagger2(original)) {
    const note = diagnostic(
      "swagger-2-converted",
      "#/swagger",
      "The spec is Swagger 2.0, so it is converted to OpenAPI 3.0 in memory before generating."
    );
    return [note, ...validateOpenApi3(converted)];
  }
  return validateOpenApi3(converted);
}
function validateOpenApi3(document) {
  const version = checkVersion(document);
  if (version) return [version];
  const operations = walkOperations(document);
  return [
    ...checkDocument(document),
    ...checkRefs(document),
    ...checkIdenticalPathTemplates(document),
    ...checkOperations(document, operations),
    ...checkParameters(document, operations),
    ...checkSchemas(document)
  ];
}

// generator/emit/index-file.ts
import { StructureKind } from "ts-morph";

// generator/emit/models-files.ts
import { StructureKind as StructureKind3 } from "ts-morph";

// generator/emit/model-to-statements.ts
import {
  StructureKind as StructureKind2
} from "ts-morph";

// generator/emit/class-file.ts
import {
  ModuleDeclarationKind,
  StructureKind as StructureKind7
} from "ts-morph";

// generator/emit/operation-docs.ts
import { StructureKind as StructureKind4 } from "ts-morph";

// generator/emit/operation-extras.ts
import {
  StructureKind as StructureKind6
} from "ts-morph";

// generator/emit/operation-to-function.ts
import {
  StructureKind as StructureKind5
} from "ts-morph";

// generator/emit/functions-file.ts
import { StructureKind as StructureKind8 } from "ts-morph";

// generator/load/check-depth.ts
var MAX_DOCUMENT_DEPTH = 1e3;
function checkDocumentDepth(document) {
  const stack = [{ node: document, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    if (depth > MAX_DOCUMENT_DEPTH) {
      const pointer = toPointer(path.slice(0, 8));
      return diagnostic(
        "document-too-deep",
        pointer,
        `The spec nests more than ${MAX_DOCUMENT_DEPTH} levels deep below ${pointer}, which the generator refuses.`
      );
    }
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === "object" && child !== null) stack.push({ node: child, depth: depth + 1, path: depth < 8 ? [...path, key] : path });
    }
  }
  return void 0;
}

// generator/paths.ts
import { fileURLToPath } from "node:url";
var GENERATOR_ROOT = fileURLToPath(new URL("../", import.meta.url));

// generator/print/print-files.ts
import { IndentationText, NewLineKind, Project, QuoteKind } from "ts-morph";

// generator/index.ts
async function loadAndBuild(options, timed = stageTimer(void 0)) {
  const loaded = await timed("load", () => loadSpec(options.specPath));
  const source = { path: loaded.path, locate: loaded.locate };
  const tooDeep = checkDocumentDepth(loaded.document);
  if (tooDeep) return { spec: source, diagnostics: [tooDeep] };
  const bundled = await bundleExternalRefs(loaded.document, options);
  if (bundled.diagnostics.length > 0) return { spec: source, diagnostics: bundled.diagnostics };
  const spec = { ...loaded, document: bundled.document };
  return { spec: source, ...await timed("build", async () => buildChecked(spec, options)) };
}
function stageTimer(onStage) {
  return async (stage, run) => {
    const started = performance.now();
    const result = await run();
    onStage?.(stage, performance.now() - started);
    return result;
  };
}
function buildChecked(spec, options) {
  const document = toOpenApi3(spec.document);
  const validation = validateConverted(spec.document, document);
  if (hasFailures(validation, options.strict)) return { diagnostics: validation };
  const { api, diagnostics } = buildApi(document, { tags: options.tags, profile: buildProfileFor(document) });
  const all = [...validation, ...diagnostics];
  return hasFailures(all, options.strict) ? { diagnostics: all } : { api, diagnostics: all };
}

// ../../tmp/plat/front.ts
var t0 = performance.now();
var r = await loadAndBuild({ specPath: process.argv[2], onStage: (s, ms) => console.log(s, Math.round(ms)) });
console.log("total", Math.round(performance.now() - t0), "ops", r.api?.resources.length, "mem MB", Math.round(process.memoryUsage().rss / 1e6));
