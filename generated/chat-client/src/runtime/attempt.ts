import { raceAbort } from "./abort.js";
import { parseJson, readSuccessBody } from "./body.js";
import {
  ApiError,
  ConnectionError,
  RequestAbortedError,
  ResponseParseError,
  TimeoutError,
  createApiError,
  type ErrorBody,
} from "./errors.js";
import { baseFields, logAttempt } from "./log-lines.js";
import { isLogged } from "./logger.js";
import type { ApiResponse } from "./request.js";
import type { Call } from "./transport.js";

// setTimeout fires at once for delays beyond a signed 32-bit int, so longer timeouts mean "none".
const MAX_TIMER_MS = 2_147_483_647;

/** One attempt under its own timeout, linked to the caller's signal; cleans up after itself. */
export async function attemptOnce<T>(call: Call, attempt: number): Promise<ApiResponse<T>> {
  const { settings, exchange, options } = call;
  const caller = options?.signal;
  const timeoutMs = options?.timeoutMs ?? settings.timeoutMs;
  if (caller?.aborted) {
    // Nothing is sent for a call cancelled before this attempt began.
    throw new RequestAbortedError({
      operationId: exchange.operationId,
      attempts: attempt - 1,
      cause: caller.reason,
    });
  }
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  let timedOut = false;
  caller?.addEventListener("abort", abort);
  const timer =
    timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS
      ? setTimeout(() => ((timedOut = true), abort()), timeoutMs)
      : undefined;
  try {
    const { signal } = controller;
    return await raceAbort(exchangeOnce<T>({ settings, exchange, attempt, signal }), signal);
  } catch (cause) {
    const ids = { operationId: exchange.operationId, attempts: attempt, cause };
    if (caller?.aborted) throw new RequestAbortedError({ ...ids, cause: caller.reason });
    if (timedOut) throw new TimeoutError({ ...ids, timeoutMs });
    throw cause;
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener("abort", abort);
  }
}

type AttemptInput = Omit<Call, "options"> & {
  readonly attempt: number;
  readonly signal: AbortSignal;
};

async function exchangeOnce<T>({
  settings,
  exchange,
  attempt,
  signal,
}: AttemptInput): Promise<ApiResponse<T>> {
  const { operationId, method, url, headers, body } = exchange;
  if (settings.onRequest)
    await settings.onRequest({ operationId, method, url, headers, body, attempt });
  const started = Date.now();
  let response: Response;
  try {
    response = await settings.fetch()(url, { method, headers, body, signal });
  } catch (cause) {
    throw new ConnectionError({ operationId, attempts: attempt, cause });
  }
  if (signal.aborted) {
    // The caller has already been rejected; free the connection this late response holds.
    response.body?.cancel().catch(() => undefined);
    throw signal.reason;
  }
  if (settings.onResponse) {
    await settings.onResponse({
      operationId,
      method,
      url,
      headers,
      body,
      attempt,
      response,
      durationMs: Date.now() - started,
    });
  }
  const { status, headers: responseHeaders } = response;
  const ids = { operationId, status, headers: responseHeaders, attempts: attempt };
  let outcome: { data: unknown; text: string | undefined };
  try {
    outcome = response.ok
      ? await readSuccessBody(response, exchange.responseType)
      : await readFailure(response, ids);
  } catch (cause) {
    throw cause instanceof SyntaxError ? new ResponseParseError({ ...ids, cause }) : cause;
  }
  const correlationId = responseHeaders.get("inin-correlation-id") ?? undefined;
  if (isLogged(settings.log, "debug")) {
    const fields = {
      ...baseFields(exchange, attempt),
      status,
      correlationId,
      durationMs: Date.now() - started,
    };
    logAttempt({ log: settings.log, exchange, fields, responseText: outcome.text });
  }
  if (outcome.data instanceof ApiError) throw outcome.data;
  return {
    data: outcome.data as T,
    status,
    headers: responseHeaders,
    correlationId,
    attempts: attempt,
  };
}

type FailureIds = { operationId: string; status: number; headers: Headers; attempts: number };

/** Reads an error body; the ApiError is returned (not thrown) so the attempt is logged first. */
async function readFailure(
  response: Response,
  ids: FailureIds,
): Promise<{ data: ApiError; text: string }> {
  const text = await response.text();
  let body: ErrorBody | undefined;
  try {
    const parsed = parseJson(text);
    if (parsed && typeof parsed === "object") body = parsed as ErrorBody;
  } catch {
    // Not JSON (an HTML page from a proxy, say): the message quotes the text instead.
  }
  return { data: createApiError({ ...ids, statusText: response.statusText, body, text }), text };
}
