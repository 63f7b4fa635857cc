import { ApiError, ConnectionError } from "./errors.js";
import type { HttpMethod, RetryPolicy } from "./request.js";

/** The retry policy used when the client and the call say nothing. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  maxElapsedMs: 60_000,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  retryNonIdempotent: false,
};

const IDEMPOTENT_METHODS: readonly HttpMethod[] = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"];
// Statuses that say "try again": rate limited, or a gateway that could not reach a healthy server.
const RETRYABLE_STATUSES = [429, 502, 503, 504];

/** Whether the policy allows retrying this method at all (POST and PATCH are opt-in). */
export function mayRetryMethod(method: HttpMethod, policy: RetryPolicy): boolean {
  return policy.retryNonIdempotent || IDEMPOTENT_METHODS.includes(method);
}

/** Where a call stands after a failed attempt. */
export interface RetryState {
  readonly error: unknown;
  /** The attempt that just failed, from 1. */
  readonly attempt: number;
  readonly policy: RetryPolicy;
  /** Time since the call started. */
  readonly elapsedMs: number;
}

/**
 * How long to wait before the next attempt, or undefined to give up: the error
 * is not transient, the retries are used up, or the wait would overrun the budget.
 */
export function retryDelay({ error, attempt, policy, elapsedMs }: RetryState): number | undefined {
  if (attempt > policy.maxRetries) return undefined;
  let delay: number | undefined;
  if (error instanceof ApiError) {
    if (!RETRYABLE_STATUSES.includes(error.status)) return undefined;
    delay = parseRetryAfter(error.headers.get("retry-after"));
  } else if (!(error instanceof ConnectionError)) {
    return undefined;
  }
  // Full jitter: a random wait up to the exponential cap spreads out clients that failed together.
  delay ??= Math.random() * Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1));
  return elapsedMs + delay > policy.maxElapsedMs ? undefined : delay;
}

/** Reads Retry-After as seconds or an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (value.trim() !== "" && Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
