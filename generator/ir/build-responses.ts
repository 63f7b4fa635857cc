import { type BuildContext, deref, text } from "./build-context.js";
import { type JsonObject, isObject } from "../lib/json.js";
import { pointerJoin } from "../lib/json-pointer.js";
import { compareCodeUnits } from "../lib/compare.js";
import { toPascalCase } from "./names.js";
import { buildType } from "./schema/build-type.js";
import type { OperationDef, ResponseDef, TypeExpr } from "./types.js";

type ResponseType = OperationDef["responseType"];

/** Picks the media type we read or send: JSON first, then the first one listed. */
export function pickMediaType(content: JsonObject): string | undefined {
  const types = Object.keys(content);
  return types.find((t) => t === "application/json") ?? types.find(isJson) ?? types[0];
}

/** "application/json", "application/scim+json", "application/json; charset=utf-8". */
export function isJson(mediaType: string): boolean {
  return /[/+]json(;|$)/.test(mediaType);
}

export function responseTypeOf(mediaType: string | undefined): ResponseType {
  if (mediaType === undefined) return "void";
  if (isJson(mediaType)) return "json";
  return mediaType.startsWith("text/") ? "text" : "binary";
}

/** Numeric codes ascending, then ranges ("4XX"), then "default". */
function compareStatus(a: string, b: string): number {
  const rank = (s: string) => (/^\d+$/.test(s) ? 0 : s === "default" ? 2 : 1);
  return rank(a) - rank(b) || compareCodeUnits(a, b);
}

export interface BuiltResponses {
  readonly responses: ResponseDef[];
  readonly result: TypeExpr;
  readonly responseType: ResponseType;
  /** The success response's media type when it is not JSON (the Accept header to send). */
  readonly accept?: string;
  readonly bodyOptional?: true;
}

/** Every documented response, and the result: the types of the 2xx responses (or default). */
export function buildResponses(
  ctx: BuildContext,
  { operation, pointer, methodName }: { operation: JsonObject; pointer: string; methodName: string },
): BuiltResponses {
  const raw = isObject(operation.responses) ? operation.responses : {};
  const responses: ResponseDef[] = [];
  const success: { type: TypeExpr; mediaType: string }[] = [];
  const bodiless: string[] = [];
  const statuses = Object.keys(raw).sort(compareStatus);
  const hasSuccess = statuses.some(isSuccess);
  for (const status of statuses) {
    const at = pointerJoin(pointer, "responses", status);
    const response = deref(ctx, raw[status]) ?? {};
    const content = isObject(response.content) ? response.content : {};
    const mediaType = pickMediaType(content);
    const media = mediaType === undefined ? undefined : content[mediaType];
    const schema = isObject(media) ? media.schema : undefined;
    const type =
      schema === undefined
        ? undefined
        : buildType(ctx, schema, {
            pointer: pointerJoin(at, "content", mediaType!, "schema"),
            hoistName: isSuccess(status)
              ? `${toPascalCase(methodName)}Response`
              : `${toPascalCase(methodName)}Error${/^\d+$/.test(status) ? status : ""}`,
          });
    responses.push({ status, description: text(response.description) ?? "", type });
    if (type && mediaType && (isSuccess(status) || (!hasSuccess && status === "default"))) {
      success.push({ type, mediaType });
    } else if (!type && isSuccess(status)) {
      bodiless.push(status);
    }
  }
  const mediaType = success[0]?.mediaType;
  const responseType = responseTypeOf(mediaType);
  const result = resultType(
    responseType,
    success.map((s) => s.type),
  );
  // A 204 beside a 200 with a body: the call may resolve with nothing.
  const bodyOptional = responseType === "json" && bodiless.length > 0;
  return {
    responses,
    result: bodyOptional ? unionOf([result, UNDEFINED]) : result,
    responseType,
    ...(mediaType && !isJson(mediaType) ? { accept: mediaType } : {}),
    ...(bodyOptional ? { bodyOptional: true as const } : {}),
  };
}

const UNDEFINED: TypeExpr = { kind: "primitive", name: "undefined" };

/** What the runtime resolves with: text and bytes are read as such, whatever the schema says. */
function resultType(responseType: ResponseType, types: TypeExpr[]): TypeExpr {
  if (responseType === "void" || types.length === 0) return { kind: "void" };
  if (responseType === "text") return { kind: "primitive", name: "string" };
  if (responseType === "binary") return { kind: "binary", as: "ArrayBuffer" };
  return unionOf(types);
}

function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

function unionOf(types: TypeExpr[]): TypeExpr {
  const unique = [...new Map(types.map((t) => [JSON.stringify(t), t])).values()];
  return unique.length === 1 ? unique[0]! : { kind: "union", members: unique };
}
