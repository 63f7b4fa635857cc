import type { Diagnostic } from "../diagnostics/index.js";
import { isObject, type JsonObject } from "../lib/json.js";
import { resolveRefs } from "../lib/refs.js";
import { toPointer } from "../lib/json-pointer.js";
import { diagnostic } from "../diagnostics/index.js";
import type { OperationSite } from "./walk-operations.js";

/**
 * Operation-level checks: operationIds present, a success response, a request body with
 * content, a description on every response. (The IR settles duplicate operationIds, since
 * it names every method.)
 */
export function checkOperations(document: JsonObject, sites: readonly OperationSite[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const site of sites) {
    diagnostics.push(...checkOperationId(site));
    diagnostics.push(...checkResponses(site));
    diagnostics.push(...checkRequestBody(site, document));
  }
  return diagnostics;
}

function checkOperationId(site: OperationSite): Diagnostic[] {
  const id = site.operation.operationId;
  if (typeof id === "string" && id !== "") return [];
  const message = `${site.label} has no operationId, so the generator derives its method name.`;
  return [diagnostic("missing-operation-id", site.pointer, message)];
}

function checkResponses(site: OperationSite): Diagnostic[] {
  const responses = isObject(site.operation.responses) ? site.operation.responses : {};
  const statuses = Object.keys(responses);
  const diagnostics: Diagnostic[] = [];
  // A redirect-only operation (a download link: 302 to the file) is fine: it resolves with no data.
  if (!statuses.some((status) => /^[23](\d\d|XX)$/.test(status) || status === "default")) {
    const pointer = `${site.pointer}/responses`;
    // Still generated (never dropped): it resolves with no data when the call succeeds.
    const message = `${site.label} has no 2xx response, so its method resolves with no data.`;
    diagnostics.push(diagnostic("no-success-response", pointer, message));
  }
  for (const [status, response] of Object.entries(responses)) {
    if (!isObject(response) || response.$ref !== undefined || typeof response.description === "string") continue;
    const pointer = toPointer(["paths", site.path, site.method, "responses", status]);
    const message = `Response "${status}" of ${lowerFirst(site.label)} has no description.`;
    diagnostics.push(diagnostic("response-missing-description", pointer, message));
  }
  return diagnostics;
}

function checkRequestBody(site: OperationSite, document: JsonObject): Diagnostic[] {
  const body = resolveRefs(document, site.operation.requestBody);
  if (!isObject(body)) return [];
  if (isObject(body.content) && Object.keys(body.content).length > 0) return [];
  const message = `The request body of ${lowerFirst(site.label)} has no content.`;
  return [diagnostic("request-body-missing-content", `${site.pointer}/requestBody`, message)];
}

/** `Operation "x"` -> `operation "x"`, for use mid-sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
