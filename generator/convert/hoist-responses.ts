import { isHttpMethod } from "../lib/http-methods.js";
import { isObject, jsonEqual, type JsonObject } from "../lib/json.js";

/** Names for the shared error responses, after the HTTP reason phrases. */
const STATUS_NAMES: Readonly<Record<string, string>> = {
  "400": "BadRequest",
  "401": "Unauthorized",
  "402": "PaymentRequired",
  "403": "Forbidden",
  "404": "NotFound",
  "405": "MethodNotAllowed",
  "406": "NotAcceptable",
  "408": "RequestTimeout",
  "409": "Conflict",
  "410": "Gone",
  "412": "PreconditionFailed",
  "413": "PayloadTooLarge",
  "415": "UnsupportedMediaType",
  "422": "UnprocessableEntity",
  "429": "TooManyRequests",
  "500": "InternalServerError",
  "501": "NotImplemented",
  "502": "BadGateway",
  "503": "ServiceUnavailable",
  "504": "GatewayTimeout",
  default: "Error",
};

/** The component name for a shared response with this status ("429" -> "TooManyRequests"). */
export function responseComponentName(status: string): string {
  return STATUS_NAMES[status] ?? `Status${status}`;
}

/**
 * Moves the error responses (4xx, 5xx, default) that two or more operations declare
 * identically into `components/responses`, replacing each copy with a `$ref`. Upstream repeats
 * the same twelve error responses on every operation; sharing them keeps the spec readable
 * and a change to one of them a one-line diff. Mutates `document`.
 */
export function hoistSharedResponses(document: JsonObject): void {
  const components = isObject(document.components) ? document.components : (document.components = {});
  const existing = isObject(components.responses) ? components.responses : {};
  const hoisted: JsonObject = { ...existing };
  for (const [status, response] of mostCommonErrorResponses(document)) {
    const name = responseComponentName(status);
    if (hoisted[name] !== undefined && !jsonEqual(hoisted[name], response)) continue;
    hoisted[name] = response;
    replaceWithRef(document, status, response, `#/components/responses/${name}`);
  }
  if (Object.keys(hoisted).length > 0) components.responses = hoisted;
}

/** Per error status, the inline response declared most often, when at least two share it. */
function mostCommonErrorResponses(document: JsonObject): Map<string, JsonObject> {
  const candidates = new Map<string, { response: JsonObject; count: number }[]>();
  for (const responses of eachResponsesObject(document)) {
    for (const [status, response] of Object.entries(responses)) {
      if (!isErrorStatus(status) || !isObject(response) || response.$ref !== undefined) continue;
      const variants = candidates.get(status) ?? [];
      const match = variants.find((variant) => jsonEqual(variant.response, response));
      if (match) match.count += 1;
      else variants.push({ response, count: 1 });
      candidates.set(status, variants);
    }
  }
  const chosen = new Map<string, JsonObject>();
  for (const [status, variants] of candidates) {
    // The first variant wins a tie, so the choice follows spec order and stays stable.
    const best = variants.reduce((a, b) => (b.count > a.count ? b : a));
    if (best.count >= 2) chosen.set(status, best.response);
  }
  return chosen;
}

function replaceWithRef(document: JsonObject, status: string, response: JsonObject, ref: string): void {
  for (const responses of eachResponsesObject(document)) {
    if (jsonEqual(responses[status], response)) responses[status] = { $ref: ref };
  }
}

function* eachResponsesObject(document: JsonObject): Generator<JsonObject> {
  const paths = isObject(document.paths) ? document.paths : {};
  for (const pathItem of Object.values(paths)) {
    if (!isObject(pathItem)) continue;
    for (const [method, operation] of Object.entries(pathItem)) {
      if (isHttpMethod(method) && isObject(operation) && isObject(operation.responses)) {
        yield operation.responses;
      }
    }
  }
}

function isErrorStatus(status: string): boolean {
  return status === "default" || /^[45]/.test(status);
}
