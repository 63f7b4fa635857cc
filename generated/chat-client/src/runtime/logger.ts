import { redact } from "./secrets.js";

/** Log levels, most severe first. */
export type LogLevel = "error" | "warn" | "info" | "debug" | "trace";

/** What each log line carries, so one line is enough to find a call again. */
export interface LogFields {
  readonly operationId?: string;
  readonly method?: string;
  readonly url?: string;
  readonly status?: number;
  readonly durationMs?: number;
  readonly attempt?: number;
  readonly correlationId?: string | undefined;
  /** Request headers with Authorization redacted; at "trace" only. */
  readonly headers?: Record<string, string>;
  /** Only with `logBodies: true`. */
  readonly requestBody?: unknown;
  readonly responseBody?: unknown;
  readonly error?: string;
  readonly retryInMs?: number;
}

/** A structured logger: the client hands it the level, a message and the fields. */
export interface Logger {
  log(level: LogLevel, message: string, fields: LogFields): void;
}

/**
 * Anything with console's level methods called as `(message, fields)`, such as
 * `console`. pino and bunyan take the fields first, so they need a `Logger`:
 * `{ log: (level, message, fields) => pinoLogger[level](fields, message) }`.
 */
export interface ConsoleLike {
  error(message: string, fields: LogFields): void;
  warn(message: string, fields: LogFields): void;
  info(message: string, fields: LogFields): void;
  debug(message: string, fields: LogFields): void;
}

/** The client's logging setup after normalisation. */
export interface LogSink {
  /** Lines at this rank or below are written (0 = error ... 4 = trace, -1 = off). */
  readonly rank: number;
  readonly write: (level: LogLevel, message: string, fields: LogFields) => void;
  readonly logBodies: boolean;
}

const LEVELS: readonly LogLevel[] = ["error", "warn", "info", "debug", "trace"];

/** The client options that configure logging. */
export interface LogOptions {
  readonly logger?: Logger | ConsoleLike | undefined;
  readonly logLevel?: LogLevel | undefined;
  readonly logBodies?: boolean | undefined;
}

/** Normalises a Logger or console-like object; without one nothing is logged. */
export function createLogSink({
  logger,
  logLevel: level = "info",
  logBodies = false,
}: LogOptions): LogSink {
  const rank = logger ? LEVELS.indexOf(level) : -1;
  const write = (lineLevel: LogLevel, message: string, fields: LogFields): void => {
    if (!logger) return;
    if ("error" in logger) {
      // console.trace prints a stack; trace lines go to debug on console-like loggers.
      logger[lineLevel === "trace" ? "debug" : lineLevel](message, fields);
    } else {
      logger.log(lineLevel, message, fields);
    }
  };
  return { rank, write, logBodies };
}

/** True when a line at `level` would be written, so callers can skip building fields. */
export function isLogged(sink: LogSink, level: LogLevel): boolean {
  return LEVELS.indexOf(level) <= sink.rank;
}

/**
 * Copies request headers (lower-case names) for a log line with the credentials replaced:
 * Authorization whole, and each applied secret (an API key header or cookie) where it appears.
 */
export function redactHeaders(
  headers: Readonly<Record<string, string>>,
  secrets: readonly string[] = [],
): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const name in headers) copy[name] = redact(headers[name]!, secrets);
  return { ...copy, ...(headers.authorization ? { authorization: "[redacted]" } : {}) };
}
