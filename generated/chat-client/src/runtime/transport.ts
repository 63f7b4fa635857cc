import { attemptOnce, type Budget } from "./attempt.js";
import { sleep } from "./abort.js";
import { RequestAbortedError } from "./errors.js";
import { logFailure } from "./log-lines.js";
import { createLogSink, type LogOptions, type LogSink } from "./logger.js";
import type {
  ApiResponse,
  HttpMethod,
  OperationRequest,
  RequestOptions,
  RetryPolicy,
} from "./request.js";
import { DEFAULT_RETRY_POLICY, mayRetryMethod, retryDelay } from "./retry.js";

/**
 * A request body as fetch takes it. Spelled through RequestInit, which both the DOM
 * lib and @types/node declare, so the declarations compile without the DOM lib.
 */
export type RequestBody = Exclude<RequestInit["body"], null | undefined>;

/** Request headers by lower-case name. A plain object, because fetch copies a Headers object slowly. */
export type HeaderRecord = Record<string, string>;

/** What `onRequest` sees before each attempt; it may change `headers` (lower-case names). */
export interface RequestContext {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers: HeaderRecord;
  readonly body: RequestBody | undefined;
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

/** The client options the transport reads. */
export interface TransportOptions extends LogOptions {
  readonly fetch?: typeof fetch | undefined;
  readonly timeoutMs?: number | undefined;
  readonly retry?: Partial<RetryPolicy> | undefined;
  readonly onRequest?: TransportSettings["onRequest"];
  readonly onResponse?: TransportSettings["onResponse"];
}

/** The transport settings of a client's options, with the defaults filled in. */
export function transportSettings(options: TransportOptions): TransportSettings {
  const customFetch = options.fetch;
  return {
    fetch: () => customFetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? 16_000,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    log: createLogSink(options),
    onRequest: options.onRequest,
    onResponse: options.onResponse,
  };
}

/** One fully built HTTP exchange. */
export interface Exchange {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers: HeaderRecord;
  readonly body: RequestBody | undefined;
  readonly responseType: OperationRequest["responseType"];
  readonly bodyOptional?: boolean;
  /** Token requests: bodies never logged, and safe to retry although they are POSTs. */
  readonly sensitive?: boolean;
  /** The credentials the client applied (API keys, tokens), kept out of log lines and errors. */
  readonly secrets?: readonly string[];
}

/** One call in flight, shared by its attempts. */
export interface Call {
  readonly settings: TransportSettings;
  readonly exchange: Exchange;
  readonly options?: RequestOptions | undefined;
  /** When the call began (before any token wait), for the `maxElapsedMs` budget; defaults to now. */
  readonly startedAt?: number;
}

/**
 * Sends `exchange`, retrying transient failures within the policy, and resolves the
 * response. `maxElapsedMs` bounds the whole call: waits, and each attempt's timeout.
 */
export async function send<T>(call: Call): Promise<ApiResponse<T>> {
  const { settings, exchange, options = {} } = call;
  const policy =
    options.retry === undefined
      ? settings.retry
      : { ...settings.retry, ...(options.retry || { maxRetries: 0 }) };
  const retryable = exchange.sensitive === true || mayRetryMethod(exchange.method, policy);
  const started = call.startedAt ?? Date.now();
  const budget: Budget = { deadline: started + policy.maxElapsedMs, budgetMs: policy.maxElapsedMs };
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce<T>(call, attempt, budget);
    } catch (error) {
      const elapsedMs = Date.now() - started;
      const delay = retryable ? retryDelay({ error, attempt, policy, elapsedMs }) : undefined;
      logFailure({ log: settings.log, exchange, attempt, error, elapsedMs, retryInMs: delay });
      if (delay === undefined) throw error;
      await sleep(delay, options.signal).catch((cause: unknown) => {
        throw new RequestAbortedError({
          operationId: exchange.operationId,
          attempts: attempt,
          cause,
        });
      });
    }
  }
}
