/**
 * The intermediate representation: the contract between the spec and the emitters.
 *
 * Every naming, ordering and `$ref` decision is made while building it, so emitters
 * only translate. It is plain, readonly, JSON-serialisable data.
 */

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";

/** A TypeScript type, as data. Emitters print it with `typeExprToString`. */
export type TypeExpr =
  /**
   * `Date` only where the runtime sends one as an ISO string: date-time path and query parameters.
   * `never` is the `false` schema: no value is valid there.
   */
  | {
      readonly kind: "primitive";
      readonly name: "string" | "number" | "boolean" | "unknown" | "never" | "null" | "undefined" | "Date";
    }
  | { readonly kind: "ref"; readonly name: string }
  | { readonly kind: "array"; readonly items: TypeExpr }
  /** `prefixItems`: `[A, B?, ...C[]]`; an element past `minItems` may be missing. */
  | {
      readonly kind: "tuple";
      readonly items: readonly { readonly type: TypeExpr; readonly optional: boolean }[];
      readonly rest?: TypeExpr;
    }
  | { readonly kind: "map"; readonly values: TypeExpr }
  /** `open`: a response may carry values the spec does not list yet (`"a" | "b" | (string & {})`). */
  | { readonly kind: "literalUnion"; readonly values: readonly (string | number | boolean)[]; readonly open?: true }
  | { readonly kind: "union"; readonly members: readonly TypeExpr[] }
  | { readonly kind: "intersection"; readonly members: readonly TypeExpr[] }
  /**
   * `{ property: "a" | "b" }`: a discriminated union member's tag, intersected with the member
   * (`(Cat & { petType: "cat" }) | (Dog & { petType: "dog" })`) so checking it narrows the union.
   */
  | { readonly kind: "discriminant"; readonly property: string; readonly values: readonly string[] }
  /** Bytes: a `Blob` to send, or the `ArrayBuffer` the runtime reads a binary response into. */
  | { readonly kind: "binary"; readonly as?: "ArrayBuffer" }
  | { readonly kind: "void" };

export interface DocsDef {
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated?: boolean;
}

export interface PropertyDef {
  /** The property name on the wire (and in the interface, quoted when it is not an identifier). */
  readonly name: string;
  readonly type: TypeExpr;
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly description?: string;
  /** The spec's `format` (date-time, int32, uri, ...), kept for docs. */
  readonly format?: string;
  readonly deprecated?: boolean;
  readonly specPointer: string;
}

interface ModelBase {
  /** The TypeScript name, unique among models and runtime names. */
  readonly name: string;
  /** The name of the schema in the spec (the key under components/schemas), or the hoisting path. */
  readonly schemaName: string;
  /** kebab-case file name under models/, without extension. */
  readonly fileName: string;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly specPointer: string;
}

export interface ObjectModelDef extends ModelBase {
  readonly kind: "object";
  /** In spec order. */
  readonly properties: readonly PropertyDef[];
  /** `additionalProperties`: absent when not allowed or not declared. */
  readonly additionalProperties?: TypeExpr;
  /** Models this one extends (from allOf), by name. */
  readonly extends?: readonly string[];
  /**
   * Per parent, the properties this model declares with a type that parent's does not accept:
   * it extends `Omit<Parent, "p">` so its own declaration stands.
   */
  readonly omitted?: Readonly<Record<string, readonly string[]>>;
}

export interface EnumModelDef extends ModelBase {
  readonly kind: "enum";
  readonly values: readonly (string | number | boolean)[];
  /** A response may carry values the spec does not list yet: `"a" | "b" | (string & {})`. */
  readonly open?: true;
}

export interface AliasModelDef extends ModelBase {
  readonly kind: "alias";
  readonly type: TypeExpr;
}

export type ModelDef = ObjectModelDef | EnumModelDef | AliasModelDef;

export type ParamLocation = "path" | "query" | "header" | "cookie";

export interface ParamDef {
  /** The name on the wire. */
  readonly name: string;
  /** The TypeScript identifier of a positional parameter. */
  readonly identifier: string;
  /**
   * The key in `opts` for an optional parameter: its wire name, unless that is taken by
   * another optional parameter, by `body`/`customHeaders`, or by an `Object.prototype` member.
   */
  readonly optionKey: string;
  readonly location: ParamLocation;
  readonly type: TypeExpr;
  readonly required: boolean;
  readonly description?: string;
  readonly deprecated?: boolean;
  /**
   * How an array query parameter is written, absent meaning "form" (the key repeated); or
   * "deepObject" for an object sent as `name[key]=value` pairs.
   */
  readonly queryStyle?: "formNoExplode" | "spaceDelimited" | "pipeDelimited" | "deepObject";
  /**
   * How the value is converted before it is sent, when its type is not one the runtime
   * takes as is: "string" (`String(value)`, arrays comma-joined) or "json" (`JSON.stringify`).
   */
  readonly serialize?: "string" | "json";
  readonly specPointer: string;
}

export interface BodyDef {
  readonly type: TypeExpr;
  readonly required: boolean;
  readonly contentType: string;
  /** A string that already is the JSON text to send (the Genesys SDK sends string bodies as they are). */
  readonly jsonText?: true;
  readonly description?: string;
}

export interface ResponseDef {
  /** "200", "204", "4XX", "default". */
  readonly status: string;
  readonly description: string;
  readonly type?: TypeExpr;
}

export interface PermissionsDef {
  readonly type: "ANY" | "ALL";
  readonly permissions: readonly string[];
}

/** Cursor paging over before/after query parameters (message history). */
export interface PagingDef {
  /** Type of one item yielded by the iterator. */
  readonly item: TypeExpr;
  /** Method name of the iterator (`iterateChatsRoomMessages`). */
  readonly methodName: string;
}

export interface OperationDocsDef extends DocsDef {
  readonly preview: boolean;
  readonly permissions?: PermissionsDef;
}

export interface OperationDef {
  /** The spec's operationId. */
  readonly operationId: string;
  /** The method name in the generated class (the operationId, made a safe identifier). */
  readonly methodName: string;
  readonly httpMethod: HttpMethod;
  readonly pathTemplate: string;
  /** In the order the spec declares them (path-item parameters first). */
  readonly pathParams: readonly ParamDef[];
  /**
   * What a caller passes positionally, before the body: every required parameter (path, query,
   * header, cookie) in the order the spec declares them, as the official SDK and
   * swagger-codegen clients take them.
   */
  readonly positionalParams: readonly ParamDef[];
  /** In spec order: required ones become positional, optional ones go in `opts`. */
  readonly queryParams: readonly ParamDef[];
  readonly headerParams: readonly ParamDef[];
  /** Sent together in one `Cookie` header. */
  readonly cookieParams: readonly ParamDef[];
  readonly body?: BodyDef;
  /** What the promise resolves to: the first 2xx response's type, or void. */
  readonly result: TypeExpr;
  /** How the runtime reads the success body. */
  readonly responseType: "json" | "text" | "binary" | "void";
  /**
   * A success response has no body while another has one (a 204 beside a 200): the result
   * includes `undefined`, and the runtime resolves undefined for an empty body.
   */
  readonly bodyOptional?: true;
  /** The media type to accept when the success response is not JSON ("text/calendar"). */
  readonly accept?: string;
  /** Every documented response, sorted by status. */
  readonly responses: readonly ResponseDef[];
  /**
   * The security requirements the operation states itself, when they differ from the API's
   * (`[]`: no credentials); absent when it inherits the API's.
   */
  readonly security?: readonly SecurityRequirementDef[];
  /** Name of the generated `opts` interface (`GetChatsRoomMessagesOptions`). */
  readonly optionsTypeName: string;
  readonly paging?: PagingDef;
  readonly docs: OperationDocsDef;
  /**
   * The file under src/operations/ (no extension) that defines the operation's function: its
   * first tag's. Every class of its tags delegates to that one function.
   */
  readonly functionsFile: string;
  readonly specPointer: string;
}

export interface ResourceDef {
  /** The tag the operations carry ("Chat"); an operation with several tags is in each of their resources. */
  readonly tag: string;
  /** "ChatApi". */
  readonly className: string;
  /** "chat-api", file name without extension. */
  readonly fileName: string;
  /** Sorted by methodName with a code-unit comparator. */
  readonly operations: readonly OperationDef[];
}

export interface ServerVariableDef {
  readonly name: string;
  readonly default: string;
  /** The only values allowed, when the spec restricts them. */
  readonly enum?: readonly string[];
  readonly description?: string;
}

/** A server of the spec: a URL template (`https://{region}.example.com/v1`) and its variables. */
export interface ServerDef {
  /** As the spec writes it: absolute, or relative to where the spec is served. */
  readonly url: string;
  readonly description?: string;
  /** In spec order. */
  readonly variables: readonly ServerVariableDef[];
  readonly specPointer: string;
}

/** An OAuth 2 flow, with the scopes it offers (in spec order). */
export interface OAuthFlowDef {
  readonly flow: "clientCredentials" | "authorizationCode" | "implicit" | "password";
  readonly tokenUrl?: string;
  readonly authorizationUrl?: string;
  readonly scopes: readonly string[];
}

interface SecuritySchemeBase {
  /** The key under `components/securitySchemes`, which requirements name. */
  readonly name: string;
  readonly description?: string;
  readonly specPointer: string;
}

/** What a security scheme is, by kind. */
export type SecuritySchemeKindDef =
  | { readonly kind: "http"; readonly scheme: "bearer" | "basic"; readonly bearerFormat?: string }
  | { readonly kind: "apiKey"; readonly in: "header" | "query" | "cookie"; readonly parameterName: string }
  | { readonly kind: "oauth2"; readonly flows: readonly OAuthFlowDef[] }
  | { readonly kind: "openIdConnect"; readonly openIdConnectUrl: string };

/** A security scheme the client applies. */
export type SecuritySchemeDef = SecuritySchemeBase & SecuritySchemeKindDef;

/** One way to satisfy a requirement: every scheme named, with the scopes it needs. `[]` is "none needed". */
export type SecurityRequirementDef = readonly { readonly scheme: string; readonly scopes: readonly string[] }[];

export interface ApiDef {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  /** The spec's servers, in spec order; the first is the default. */
  readonly servers: readonly ServerDef[];
  /** The security schemes the client can apply, in spec order. */
  readonly securitySchemes: readonly SecuritySchemeDef[];
  /** The document's requirements: the alternatives, in spec order. */
  readonly security: readonly SecurityRequirementDef[];
  /**
   * The vendor conventions the IR was built with, by the name of their build profile
   * (`"genesys"`); absent for a plain OpenAPI description. The pipeline picks the docs and
   * client conventions by it; emitters never read it.
   */
  readonly conventions?: string;
  /** Sorted by className. */
  readonly resources: readonly ResourceDef[];
  /**
   * The error responses every operation documents alike (same status, description and type):
   * generated code documents them once, not on every method. Sorted by status.
   */
  readonly commonResponses: readonly ResponseDef[];
  /** Sorted by name. */
  readonly models: readonly ModelDef[];
}
