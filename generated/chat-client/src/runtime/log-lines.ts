import { ApiError, GenesysCloudError } from "./errors.js";
import { isLogged, redactHeaders, type LogFields, type LogSink } from "./logger.js";
import { redact, secretsOf } from "./secrets.js";
import type { Exchange } from "./transport.js";

type AttemptLine = {
  log: LogSink;
  exchange: Exchange;
  fields: LogFields;
  responseText: string | undefined;
};

/** Writes the per-attempt line: debug, or trace with redacted headers; bodies only if enabled. */
export function logAttempt({ log, exchange, fields, responseText }: AttemptLine): void {
  const traced = isLogged(log, "trace");
  const bodies = log.logBodies && !exchange.sensitive;
  log.write(
    traced ? "trace" : "debug",
    `${exchange.method} ${fields.url} ${fields.status} (${fields.durationMs} ms)`,
    {
      ...fields,
      ...(traced ? { headers: redactHeaders(exchange.headers, exchange.secrets) } : {}),
      ...(bodies ? { requestBody: exchange.body, responseBody: responseText } : {}),
    },
  );
}

/** The fields that identify a call in every line; an API key sent in the query is redacted from the URL. */
export function baseFields(exchange: Exchange, attempt: number): LogFields {
  const url = exchange.secrets ? redact(exchange.url, secretsOf(exchange)) : exchange.url;
  return { operationId: exchange.operationId, method: exchange.method, url, attempt };
}

function errorFields(error: unknown): LogFields {
  if (!(error instanceof GenesysCloudError))
    return { error: error instanceof Error ? error.message : String(error) };
  const status = error instanceof ApiError ? { status: error.status } : {};
  return { ...status, correlationId: error.correlationId, error: error.message };
}

type FailureLine = {
  log: LogSink;
  exchange: Exchange;
  attempt: number;
  error: unknown;
  elapsedMs: number;
  /** Undefined when the call gives up, so the line is an error rather than a warning. */
  retryInMs: number | undefined;
};

/** Writes a failed attempt: a warning when it will be retried, an error when the call gives up. */
export function logFailure({
  log,
  exchange,
  attempt,
  error,
  elapsedMs,
  retryInMs,
}: FailureLine): void {
  const level = retryInMs === undefined ? "error" : "warn";
  if (!isLogged(log, level)) return;
  log.write(level, `${exchange.operationId} failed${retryInMs === undefined ? "" : ", retrying"}`, {
    ...baseFields(exchange, attempt),
    ...errorFields(error),
    durationMs: elapsedMs,
    retryInMs,
  });
}
