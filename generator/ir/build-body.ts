import { type BuildContext, deref, text } from "./build-context.js";
import { type JsonObject, isObject } from "../lib/json.js";
import { pointerJoin } from "../lib/json-pointer.js";
import { toPascalCase } from "./names.js";
import { isJson, pickMediaType } from "./build-responses.js";
import { buildType } from "./schema/build-type.js";
import type { BodyDef } from "./types.js";

/** The request body: its type, media type and whether it is required. */
export function buildBody(
  ctx: BuildContext,
  { operation, pointer, methodName }: { operation: JsonObject; pointer: string; methodName: string },
): BodyDef | undefined {
  if (operation.requestBody === undefined) return undefined;
  const at = pointerJoin(pointer, "requestBody");
  const body = deref(ctx, operation.requestBody);
  if (!body) return undefined;
  const content = isObject(body.content) ? body.content : {};
  const contentType = pickMediaType(content);
  // Validation has reported a request body without content.
  if (contentType === undefined) return undefined;
  const media = content[contentType];
  const schema = isObject(media) ? media.schema : undefined;
  const type = buildType(ctx, schema, {
    pointer: pointerJoin(at, "content", contentType, "schema"),
    hoistName: `${toPascalCase(methodName)}Request`,
  });
  const jsonText =
    ctx.options.profile?.stringBodyIsJsonText === true &&
    isJson(contentType) &&
    type.kind === "primitive" &&
    type.name === "string";
  return {
    type,
    required: body.required === true,
    contentType,
    ...(jsonText ? { jsonText } : {}),
    description: text(body.description),
  };
}
