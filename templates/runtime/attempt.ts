import { onAbort, raceAbort } from "./abort.js";
import { RequestAbortedError, TimeoutError } from "./errors.js";
import { exchangeOnce } from "./exchange.js";
import type { ApiResponse } from "./request.js";
import type { Call } from "./transport.js";

// setTimeout fires at once for delays beyond a signed 32-bit int, so longer timeouts mean "none".
const MAX_TIMER_MS = 2_147_483_647;

/** The whole call's time budget (`maxElapsedMs`), which also bounds each attempt. */
export interface Budget {
  readonly deadline: number;
  readonly budgetMs: number;
}

/**
 * One attempt under its own timeout, cut short by the call's budget, linked to the
 * caller's signal; cleans up after itself.
 */
export async function attemptOnce<T>(
  call: Call,
  attempt: number,
  budget: Budget,
): Promise<ApiResponse<T>> {
  const { settings, exchange, options } = call;
  const { operationId } = exchange;
  const caller = options?.signal;
  if (caller?.aborted) {
    // Nothing is sent for a call cancelled before this attempt began.
    throw new RequestAbortedError({ operationId, attempts: attempt - 1, cause: caller.reason });
  }
  const configured = options?.timeoutMs ?? settings.timeoutMs;
  const perAttempt = configured > 0 && configured <= MAX_TIMER_MS ? configured : Infinity;
  const remaining = budget.deadline - Date.now();
  const byBudget = remaining < perAttempt;
  const timeoutMs = byBudget ? budget.budgetMs : configured;
  if (remaining <= 0) {
    throw new TimeoutError({ operationId, attempts: attempt - 1, timeoutMs, budget: true });
  }
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  let timedOut = false;
  const off = caller ? onAbort(caller, abort) : undefined;
  const limit = Math.min(perAttempt, remaining);
  const timer =
    limit <= MAX_TIMER_MS
      ? setTimeout(() => {
          timedOut = true;
          abort();
        }, limit)
      : undefined;
  try {
    const { signal } = controller;
    return await raceAbort(exchangeOnce<T>({ settings, exchange, attempt, signal }), signal);
  } catch (cause) {
    const ids = { operationId, attempts: attempt, cause };
    if (caller?.aborted) throw new RequestAbortedError({ ...ids, cause: caller.reason });
    if (timedOut) throw new TimeoutError({ ...ids, timeoutMs, budget: byBudget });
    throw cause;
  } finally {
    clearTimeout(timer);
    off?.();
  }
}
