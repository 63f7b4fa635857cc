import { raceAbort, sleep } from "./abort.js";
import { parseJson, readSuccessBody } from "./body.js";
import { ApiError, ConnectionError, RequestAbortedError, ResponseParseError, TimeoutError, createApiError } from "./errors.js";
import type { ErrorBody } from "./errors.js";
import { isLogged, redactHeaders, type LogFields, type LogSink } from "./logger.js";
import type { ApiResponse, HttpMethod, OperationRequest, RequestOptions, RetryPolicy } from "./request.js";
import { mayRetryMethod, retryDelay } from "./retry.js";

/** What `onRequest` sees before each attempt; it may change `headers`. */
export interface RequestContext {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers: Headers;
  readonly body: BodyInit | undefined;
  /** 1 for the first attempt, 2 for the first retry, ... */
  readonly attempt: number;
}

/** What `onResponse` sees after each attempt's headers arrive; leave the body unread. */
export interface ResponseContext extends RequestContext {
  readonly response: Response;
  readonly durationMs: number;
}

/** The client settings the transport reads on every call. */
export interface TransportSettings {
  /** Looked up per call, so a fetch installed after the client was made is still used. */
  readonly fetch: () => typeof fetch;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly log: LogSink;
  readonly onRequest?: ((context: RequestContext) => void | Promise<void>) | undefined;
  readonly onResponse?: ((context: ResponseContext) => void | Promise<void>) | undefined;
}

/** One fully built HTTP exchange. */
export interface Exchange {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers: Headers;
  readonly body: BodyInit | undefined;
  readonly responseType: OperationRequest["responseType"];
  /** Token requests: bodies never logged, and safe to retry although they are POSTs. */
  readonly sensitive?: boolean;
}

// setTimeout fires at once for delays beyond a signed 32-bit int, so longer timeouts mean "none".
const MAX_TIMER_MS = 2_147_483_647;

/** Sends `exchange`, retrying transient failures within the policy, and resolves the response. */
export async function send<T>(settings: TransportSettings, exchange: Exchange, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const policy = options.retry === false ? { ...settings.retry, maxRetries: 0 } : { ...settings.retry, ...options.retry };
  const retryable = exchange.sensitive === true || mayRetryMethod(exchange.method, policy);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce<T>(settings, exchange, options, attempt);
    } catch (error) {
      const elapsedMs = Date.now() - started;
      const delay = retryable ? retryDelay(error, attempt, policy, elapsedMs) : undefined;
      const level = delay === undefined ? "error" : "warn";
      if (isLogged(settings.log, level)) {
        settings.log.write(level, `${exchange.operationId} failed${delay === undefined ? "" : ", retrying"}`, {
          ...baseFields(exchange, attempt),
          ...errorFields(error),
          durationMs: elapsedMs,
          retryInMs: delay,
        });
      }
      if (delay === undefined) throw error;
      await sleep(delay, options.signal).catch((cause: unknown) => {
        throw new RequestAbortedError({ operationId: exchange.operationId, attempts: attempt, cause });
      });
    }
  }
}

/** One attempt under its own timeout, linked to the caller's signal; cleans up after itself. */
async function attemptOnce<T>(settings: TransportSettings, exchange: Exchange, options: RequestOptions, attempt: number): Promise<ApiResponse<T>> {
  const caller = options.signal;
  const timeoutMs = options.timeoutMs ?? settings.timeoutMs;
  if (caller?.aborted) {
    // Nothing is sent for a call cancelled before this attempt began.
    throw new RequestAbortedError({ operationId: exchange.operationId, attempts: attempt - 1, cause: caller.reason });
  }
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  let timedOut = false;
  caller?.addEventListener("abort", abort);
  const timer =
    timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS ? setTimeout(() => ((timedOut = true), abort()), timeoutMs) : undefined;
  try {
    return await raceAbort(exchangeOnce<T>(settings, exchange, attempt, controller.signal), controller.signal);
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

async function exchangeOnce<T>(settings: TransportSettings, exchange: Exchange, attempt: number, signal: AbortSignal): Promise<ApiResponse<T>> {
  const { operationId, method, url, headers, body } = exchange;
  const context: RequestContext = { operationId, method, url, headers, body, attempt };
  if (settings.onRequest) await settings.onRequest(context);
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
  if (settings.onResponse) await settings.onResponse({ ...context, response, durationMs: Date.now() - started });
  const { status, headers: responseHeaders } = response;
  const failure = { operationId, status, headers: responseHeaders, attempts: attempt };
  const { data, text } = response.ok ? await readSuccess(response, exchange, failure) : await readFailure(response, failure);
  const correlationId = responseHeaders.get("inin-correlation-id") ?? undefined;
  logAttempt(settings.log, exchange, { ...baseFields(exchange, attempt), status, correlationId, durationMs: Date.now() - started }, text);
  if (data instanceof ApiError) throw data;
  return { data: data as T, status, headers: responseHeaders, correlationId, attempts: attempt };
}

type FailureIds = { operationId: string; status: number; headers: Headers; attempts: number };

async function readSuccess(response: Response, exchange: Exchange, ids: FailureIds): Promise<{ data: unknown; text: string | undefined }> {
  try {
    return await readSuccessBody(response, exchange.responseType);
  } catch (cause) {
    if (cause instanceof SyntaxError) throw new ResponseParseError({ ...ids, cause });
    throw cause;
  }
}

/** Reads an error body; the ApiError is returned (not thrown) so the attempt is logged first. */
async function readFailure(response: Response, ids: FailureIds): Promise<{ data: ApiError; text: string }> {
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

function logAttempt(log: LogSink, exchange: Exchange, fields: LogFields, responseText: string | undefined): void {
  if (!isLogged(log, "debug")) return;
  const traced = isLogged(log, "trace");
  const bodies = log.logBodies && !exchange.sensitive;
  log.write(traced ? "trace" : "debug", `${exchange.method} ${exchange.url} ${fields.status} (${fields.durationMs} ms)`, {
    ...fields,
    ...(traced ? { headers: redactHeaders(exchange.headers) } : {}),
    ...(bodies ? { requestBody: exchange.body, responseBody: responseText } : {}),
  });
}

function baseFields(exchange: Exchange, attempt: number): LogFields {
  return { operationId: exchange.operationId, method: exchange.method, url: exchange.url, attempt };
}

function errorFields(error: unknown): LogFields {
  if (error instanceof ApiError) return { status: error.status, correlationId: error.correlationId, error: error.message };
  return { error: error instanceof Error ? error.message : String(error) };
}
