import { afterEach, describe, expect, it, vi } from "vitest";
import { RequestAbortedError, TimeoutError } from "../../templates/runtime/index.js";
import { getRoom, json, scriptedFetch, testClient } from "./fake-fetch.js";

afterEach(() => {
  vi.useRealTimers();
});

/** A fetch that never answers, but rejects like the platform's when its signal aborts. */
function hangingFetch(): typeof fetch {
  return (_input, init) =>
    new Promise((_resolve, reject) => {
      init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
    });
}

describe("cancellation", () => {
  it("rejects promptly when aborted during a retry wait, leaving no timer behind", async () => {
    vi.useFakeTimers();
    const { fetch, calls } = scriptedFetch(json({}, 429, { "retry-after": "30" }), json({ ok: true }));
    const controller = new AbortController();
    const call = testClient(fetch).request(getRoom(), { signal: controller.signal });
    const outcome = call.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveBeenCalledTimes(1);
    controller.abort(new Error("user left"));
    const error = (await outcome) as RequestAbortedError;
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error.name).toBe("AbortError");
    expect(error.attempts).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    expect(calls).toHaveBeenCalledTimes(1);
  });

  it("rejects promptly when aborted during the request, and aborts the fetch", async () => {
    const { fetch, seen } = scriptedFetch(() => new Promise<Response>(() => undefined));
    const controller = new AbortController();
    const call = testClient(fetch).request(getRoom(), { signal: controller.signal });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(RequestAbortedError);
    expect(seen[0]?.signal.aborted).toBe(true);
  });

  it("never sends when the signal is already aborted", async () => {
    const { fetch, calls } = scriptedFetch(json({}));
    const call = testClient(fetch).request(getRoom(), { signal: AbortSignal.abort() });
    await expect(call).rejects.toBeInstanceOf(RequestAbortedError);
    expect(calls).not.toHaveBeenCalled();
  });

  it("cancels the body of a response that arrives after the abort", async () => {
    let release: (response: Response) => void = () => undefined;
    const late = new Promise<Response>((resolve) => (release = resolve));
    const cancelled = vi.fn();
    const body = new ReadableStream({ cancel: cancelled });
    const controller = new AbortController();
    const fetch = vi.fn(() => late);
    const call = testClient(fetch).request(getRoom(), { signal: controller.signal });
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(RequestAbortedError);
    release(new Response(body));
    await vi.waitFor(() => expect(cancelled).toHaveBeenCalled());
  });
});

describe("timeouts", () => {
  it("rejects with a TimeoutError after the per-call timeout", async () => {
    const client = testClient(hangingFetch(), { timeoutMs: 60_000 });
    const started = Date.now();
    const error = (await client
      .request(getRoom(), { timeoutMs: 30, retry: false })
      .catch((e: unknown) => e)) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toBe("getChatsRoom: timed out after 30 ms");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("times out even a fetch that ignores its signal, and clears its timer", async () => {
    vi.useFakeTimers();
    const client = testClient(() => new Promise<Response>(() => undefined), {
      timeoutMs: 100,
      retry: { maxRetries: 0 },
    });
    const outcome = client.request(getRoom()).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    expect(await outcome).toBeInstanceOf(TimeoutError);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("retries a timed-out idempotent call within the budget", async () => {
    let attempt = 0;
    const fetch: typeof globalThis.fetch = (input, init) =>
      ++attempt === 1 ? hangingFetch()(input, init) : Promise.resolve(json({ ok: true }));
    const info = await testClient(fetch, { timeoutMs: 20 }).request(getRoom()).withHttpInfo();
    expect(info.attempts).toBe(2);
  });

  it("leaves no timer behind after a successful call", async () => {
    vi.useFakeTimers();
    const { fetch } = scriptedFetch(json({ ok: true }));
    await testClient(fetch).request(getRoom());
    expect(vi.getTimerCount()).toBe(0);
  });
});
