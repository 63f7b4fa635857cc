/**
 * Every diagnostic the generator reports, with its severity and what it means: the one place a
 * code is defined (like the TypeScript compiler's diagnosticMessages.json). A rule is checked by
 * exactly one stage; the `stage` says which. `docs/diagnostics.md` is rendered from this list.
 */

export type Severity = "error" | "warning";

/** The stage that checks a rule: reading files, validating the document, or building the IR. */
export type DiagnosticStage = "load" | "validate" | "build" | "update-spec";

export interface CatalogueEntry {
  readonly severity: Severity;
  readonly stage: DiagnosticStage;
  /** One sentence: what the rule checks, and what happens. */
  readonly summary: string;
}

const error = (stage: DiagnosticStage, summary: string) => ({ severity: "error", stage, summary }) as const;
const warning = (stage: DiagnosticStage, summary: string) => ({ severity: "warning", stage, summary }) as const;

export const CATALOGUE = {
  "unreadable-file": error("load", "The spec file cannot be read."),
  "not-an-object": error("load", "The spec is not a YAML or JSON object."),
  "invalid-syntax": error("load", "The spec is not valid YAML or JSON."),
  "duplicate-key": error("load", "A key appears more than once in the same mapping."),
  "document-too-deep": error("load", "The document nests more than 1,000 levels deep, which the generator refuses."),
  "unreadable-ref": error("load", "A file a `$ref` leads to cannot be read or parsed."),
  "dangling-external-ref": error("load", "A `$ref` into another file names a place that file does not have."),
  "external-ref-cycle": error(
    "load",
    "`$ref`s through files lead back to themselves outside any schema (a schema may refer to itself), or nest more than 64 deep, so they cannot be inlined.",
  ),

  "swagger-2-converted": warning(
    "validate",
    "The spec is Swagger 2.0, so it is converted to OpenAPI 3.0 in memory before generating.",
  ),
  "swagger-2-document": error("validate", "The spec declares a Swagger version other than 2.0."),
  "loose-version": warning(
    "validate",
    "The version is a YAML number (unquoted `2.0`, `3.1`) or has no patch number, so it is read as the version it names.",
  ),
  "not-openapi": error("validate", 'The document declares neither an "openapi" nor a "swagger" version.'),
  "unsupported-openapi-version": error("validate", "The OpenAPI version is not 3.0.x or 3.1.x."),
  "missing-info": warning("validate", 'The document has no "info" object, so the API is titled "API".'),
  "missing-paths": warning(
    "validate",
    'A Swagger 2.0 or OpenAPI 3.0 document has no "paths" object, which its version requires, so only models are generated.',
  ),
  "no-operations": warning(
    "validate",
    "The document describes no operations (only components, or only webhooks), so only models are generated.",
  ),
  "external-ref": error(
    "validate",
    "A `$ref` to a URL, or to a file outside the spec's folder (or --refs-root) without --allow-external-refs, is left.",
  ),
  "dangling-ref": error("validate", "A local `$ref` does not resolve."),
  "ref-cycle": error("validate", "A `$ref` leads back to itself through other references only."),
  "identical-path-templates": warning("validate", "Two paths differ only in the names of their variables."),
  "missing-operation-id": warning(
    "validate",
    "An operation has no operationId, so its method name is derived from its method and path.",
  ),
  "no-success-response": warning("validate", "An operation has no 2xx response, so its method resolves with no data."),
  "response-missing-description": warning("validate", "A response has no description."),
  "request-body-missing-content": error("validate", "A request body has no content."),
  "duplicate-parameter": error("validate", "A parameter is declared twice in the same list."),
  "parameter-missing-name": warning("validate", "A parameter has no name, so it is left out (nothing can send it)."),
  "parameter-missing-in": error("validate", 'A parameter has no "in" location.'),
  "parameter-unknown-in": error("validate", "A parameter's location is not path, query, header or cookie."),
  "parameter-missing-schema": error("validate", "A parameter has neither a schema nor content."),
  "path-parameter-not-required": warning(
    "validate",
    "A path parameter is not marked required; it is generated as required, since the path needs it.",
  ),
  "path-parameter-not-in-template": warning(
    "validate",
    "A path parameter does not appear in its path template, so it is left out.",
  ),
  "path-parameter-undeclared": warning(
    "validate",
    "A path variable has no path parameter, so it is generated as a required string parameter.",
  ),
  "null-type-in-3-0": warning(
    "validate",
    'An OpenAPI 3.0 schema has type "null", which only 3.1 defines; it is read as null.',
  ),
  "type-list-in-3-0": warning(
    "validate",
    "An OpenAPI 3.0 schema lists several types, which only 3.1 allows; they are read as 3.1 reads them.",
  ),
  "unknown-schema-type": warning(
    "validate",
    "A schema's type is not an OpenAPI type, so that part is typed as unknown.",
  ),
  "invalid-enum": error("validate", "An enum is not a non-empty array."),
  "required-property-missing": warning("validate", "A schema requires a property it does not define."),

  "unsupported-method": warning(
    "build",
    "An operation uses an HTTP method the runtime does not send (TRACE), so it is left out.",
  ),
  "unsupported-path-template": warning(
    "build",
    "A path writes a parameter in a way the runtime cannot (an RFC 6570 operator or a label/matrix style on a value that is not a primitive), so the operation is left out.",
  ),
  "duplicate-operation-id": warning(
    "build",
    "Two operations have the same operationId, so the one written later in the spec gets a numbered name.",
  ),
  "renamed-identifier": warning(
    "build",
    "A name from the spec is generated under another name (not an identifier, reserved, or taken).",
  ),
  "unsupported-parameter-style": warning(
    "build",
    "A query parameter is an object in form style (deepObject is sent as `name[key]=value`), which the runtime cannot spread into the query, so it is sent as JSON text.",
  ),
  "invalid-schema": error("build", "A schema is not an object."),
  "null-schema": warning("build", "A schema is null instead of an object, so it is typed as unknown."),
  "schema-too-deep": error("build", "A schema nests deeper than the generator follows."),
  "unsupported-ref-cycle": error(
    "build",
    "A recursive `$ref` is not a component schema, so it has no name to refer to.",
  ),
  "unsupported-keyword": warning(
    "build",
    "A schema keyword has no TypeScript equivalent, so the generated type ignores it.",
  ),
  "unsupported-enum-value": warning(
    "build",
    "An enum or const value is not a string, number or boolean, so the schema is typed as unknown.",
  ),
  "unnamed-inline-schema": warning("build", "An inline schema has no name to be hoisted under, so one is made up."),
  "relative-server-url": warning(
    "build",
    "A server URL is relative: the client resolves it against the page in a browser, and needs basePath elsewhere.",
  ),
  "server-variable-without-default": warning(
    "build",
    "A server variable has no default, so its first enum value (or empty text) is taken.",
  ),
  "nested-servers": warning(
    "build",
    "A path item or operation declares its own servers, which the client does not use.",
  ),
  "unsupported-security-scheme": warning(
    "build",
    "A security scheme is not HTTP bearer or basic, an API key, OAuth 2 or OpenID Connect, so operations that accept only it are sent without credentials.",
  ),
  "unknown-security-scheme": warning(
    "build",
    "A security requirement names a scheme the document does not declare, so that alternative is never met.",
  ),
  "circular-composition": warning(
    "build",
    "Schemas are composed of each other in a circle, so that part is typed as unknown.",
  ),

  "no-matching-operations": error(
    "update-spec",
    "No operation of the upstream description carries one of the tags asked for.",
  ),
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticCode = keyof typeof CATALOGUE;
