import { parseJson, readSuccessBody } from "./body.js";
import {
  ApiError,
  ConnectionError,
  ResponseParseError,
  createApiError,
  type ErrorBody,
} from "./errors.js";
import { checkHeaders } from "./headers.js";
import { baseFields, logAttempt } from "./log-lines.js";
import { isLogged } from "./logger.js";
import type { ApiResponse } from "./request.js";
import { redact, secretsOf, withoutSecrets } from "./secrets.js";
import type { Call } from "./transport.js";

type ExchangeInput = Omit<Call, "options"> & {
  readonly attempt: number;
  readonly signal: AbortSignal;
};

type Outcome = { data: unknown; text: string | undefined };

/** Sends the request once and reads the whole response; any failure is a typed error. */
export async function exchangeOnce<T>(input: ExchangeInput): Promise<ApiResponse<T>> {
  const { settings, exchange, attempt } = input;
  const { operationId, method, url, headers, body } = exchange;
  if (settings.onRequest)
    await settings.onRequest({ operationId, method, url, headers, body, attempt });
  checkHeaders(headers, operationId);
  const started = Date.now();
  const response = await fetchOnce(input);
  if (settings.onResponse) {
    const durationMs = Date.now() - started;
    await settings.onResponse({
      operationId,
      method,
      url,
      headers,
      body,
      attempt,
      response,
      durationMs,
    });
  }
  const outcome = await readOutcome(input, response);
  const { status, headers: responseHeaders } = response;
  const correlationId = responseHeaders.get("inin-correlation-id") ?? undefined;
  if (isLogged(settings.log, "debug")) {
    const durationMs = Date.now() - started;
    const fields = { ...baseFields(exchange, attempt), status, correlationId, durationMs };
    logAttempt({ log: settings.log, exchange, fields, responseText: outcome.text });
  }
  if (outcome.data instanceof ApiError) throw outcome.data;
  const data = outcome.data as T;
  return { data, status, headers: responseHeaders, correlationId, attempts: attempt };
}

async function fetchOnce({
  settings,
  exchange,
  attempt,
  signal,
}: ExchangeInput): Promise<Response> {
  const { operationId, method, url, headers, body } = exchange;
  let response: Response;
  try {
    response = await settings.fetch()(url, { method, headers, body, signal });
  } catch (cause) {
    const safe = withoutSecrets(cause, secretsOf(exchange));
    throw new ConnectionError({ operationId, attempts: attempt, cause: safe });
  }
  if (signal.aborted) {
    // The caller has already been rejected; free the connection this late response holds.
    response.body?.cancel().catch(() => undefined);
    throw signal.reason;
  }
  return response;
}

/**
 * Reads the body: a reset while reading is a ConnectionError (retried like any other),
 * unparseable or empty JSON a ResponseParseError.
 */
async function readOutcome(
  { exchange, attempt }: ExchangeInput,
  response: Response,
): Promise<Outcome> {
  const { operationId, responseType, sensitive, bodyOptional } = exchange;
  const ids = {
    operationId,
    status: response.status,
    headers: response.headers,
    attempts: attempt,
  };
  let outcome: Outcome;
  try {
    outcome = response.ok
      ? await readSuccessBody(response, responseType)
      : await readFailure(response, ids, exchange.secrets ? secretsOf(exchange) : []);
  } catch (cause) {
    if (!(cause instanceof SyntaxError)) {
      const safe = withoutSecrets(cause, secretsOf(exchange));
      throw new ConnectionError({ operationId, attempts: attempt, cause: safe });
    }
    // A token response's parse error may quote the token: keep it out of the cause chain.
    throw new ResponseParseError({ ...ids, cause: sensitive ? undefined : cause });
  }
  // A method typed to return a model must not resolve undefined (unless its type says it may);
  // "void" operations read no body.
  if (response.ok && responseType === "json" && outcome.text === "" && !bodyOptional)
    throw new ResponseParseError(ids, "has an empty body where JSON was promised");
  return outcome;
}

type FailureIds = { operationId: string; status: number; headers: Headers; attempts: number };

/**
 * Reads an error body; the ApiError is returned (not thrown) so the attempt is logged first.
 * A server that echoes a credential (an API key it rejects, say) has it redacted.
 */
async function readFailure(
  response: Response,
  ids: FailureIds,
  secrets: readonly string[],
): Promise<Outcome> {
  const text = redact(await response.text(), secrets);
  let body: ErrorBody | undefined;
  try {
    const parsed = parseJson(text);
    if (parsed && typeof parsed === "object") body = parsed as ErrorBody;
  } catch {
    // Not JSON (an HTML page from a proxy, say): the message quotes the text instead.
  }
  return { data: createApiError({ ...ids, statusText: response.statusText, body, text }), text };
}
