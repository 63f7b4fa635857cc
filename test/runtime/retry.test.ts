import { afterEach, describe, expect, it, vi } from "vitest";
import { ConnectionError, RateLimitError, ServiceUnavailableError } from "../../templates/runtime/index.js";
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay } from "../../templates/runtime/retry.js";
import { getRoom, json, postMessage, scriptedFetch, testClient } from "./fake-fetch.js";

afterEach(() => {
  vi.useRealTimers();
});

const rateLimited = (retryAfter?: string) =>
  json({ message: "slow down" }, 429, retryAfter === undefined ? {} : { "retry-after": retryAfter });

describe("retrying", () => {
  it("retries a 429 and reports the attempts", async () => {
    const { fetch, calls } = scriptedFetch(rateLimited("0"), json({ id: "r1" }));
    const info = await testClient(fetch).request(getRoom()).withHttpInfo();
    expect(info.data).toEqual({ id: "r1" });
    expect(info.attempts).toBe(2);
    expect(calls).toHaveBeenCalledTimes(2);
  });

  it("waits the Retry-After seconds before the next attempt", async () => {
    vi.useFakeTimers();
    const { fetch, calls } = scriptedFetch(rateLimited("2"), json({ id: "r1" }));
    const call = testClient(fetch).request(getRoom());
    await vi.advanceTimersByTimeAsync(1990);
    expect(calls).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toHaveBeenCalledTimes(2);
    await expect(call).resolves.toEqual({ id: "r1" });
  });

  it("waits until a Retry-After HTTP date", async () => {
    vi.useFakeTimers({ now: new Date("2030-01-01T00:00:00Z") });
    const { fetch, calls } = scriptedFetch(rateLimited("Tue, 01 Jan 2030 00:00:03 GMT"), json({ id: "r1" }));
    const call = testClient(fetch).request(getRoom());
    await vi.advanceTimersByTimeAsync(2990);
    expect(calls).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(20);
    await expect(call).resolves.toEqual({ id: "r1" });
  });

  it("stops at once with a RateLimitError when Retry-After is beyond the budget", async () => {
    const { fetch, calls } = scriptedFetch(rateLimited("120"));
    const started = Date.now();
    const error = await testClient(fetch, { retry: { maxElapsedMs: 5_000 } })
      .request(getRoom())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).attempts).toBe(1);
    expect(calls).toHaveBeenCalledTimes(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("gives up with the last RateLimitError when the retries are spent", async () => {
    const { fetch, calls } = scriptedFetch(rateLimited("0"));
    const error = await testClient(fetch, { retry: { maxRetries: 2 } })
      .request(getRoom())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).attempts).toBe(3);
    expect(calls).toHaveBeenCalledTimes(3);
  });

  it.each([502, 503, 504])("retries %i with backoff", async (status) => {
    const { fetch, calls } = scriptedFetch(json({}, status), json({}, status), json({ ok: true }));
    await expect(testClient(fetch).request(getRoom())).resolves.toEqual({ ok: true });
    expect(calls).toHaveBeenCalledTimes(3);
  });

  it("does not retry a 500 or a 404", async () => {
    for (const status of [500, 404]) {
      const { fetch, calls } = scriptedFetch(json({}, status), json({ ok: true }));
      await expect(testClient(fetch).request(getRoom())).rejects.toMatchObject({
        status,
        attempts: 1,
      });
      expect(calls).toHaveBeenCalledTimes(1);
    }
  });

  it("retries a connection reset", async () => {
    const { fetch, calls } = scriptedFetch(new TypeError("fetch failed"), json({ ok: true }));
    const info = await testClient(fetch).request(getRoom()).withHttpInfo();
    expect(info.attempts).toBe(2);
    expect(calls).toHaveBeenCalledTimes(2);
  });

  it("does not retry POST unless retryNonIdempotent is set", async () => {
    const first = scriptedFetch(json({}, 503), json({ id: "m1" }));
    await expect(testClient(first.fetch).request(postMessage())).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(first.calls).toHaveBeenCalledTimes(1);

    const second = scriptedFetch(json({}, 503), json({ id: "m1" }));
    const client = testClient(second.fetch, {
      retry: { initialDelayMs: 1, retryNonIdempotent: true },
    });
    await expect(client.request(postMessage())).resolves.toEqual({ id: "m1" });
    expect(second.calls).toHaveBeenCalledTimes(2);
  });

  it("can be switched off per call", async () => {
    const { fetch, calls } = scriptedFetch(new TypeError("fetch failed"), json({ ok: true }));
    await expect(testClient(fetch).request(getRoom(), { retry: false })).rejects.toBeInstanceOf(ConnectionError);
    expect(calls).toHaveBeenCalledTimes(1);
  });
});

describe("retry policy arithmetic", () => {
  const policy = {
    ...DEFAULT_RETRY_POLICY,
    initialDelayMs: 100,
    maxDelayMs: 1_000,
    maxElapsedMs: 10_000,
  };
  const unavailable = new ServiceUnavailableError({
    operationId: "op",
    status: 503,
    statusText: "",
    headers: new Headers(),
    body: undefined,
    text: "",
    attempts: 1,
  });

  it("keeps backoff within the doubling cap (full jitter)", () => {
    const random = vi.spyOn(Math, "random").mockReturnValue(0.999);
    expect(retryDelay({ error: unavailable, attempt: 1, policy, elapsedMs: 0 })).toBeCloseTo(99.9);
    expect(retryDelay({ error: unavailable, attempt: 3, policy, elapsedMs: 0 })).toBeCloseTo(399.6);
    expect(
      retryDelay({
        error: unavailable,
        attempt: 3,
        policy: { ...policy, maxRetries: 10 },
        elapsedMs: 0,
      }),
    ).toBeLessThan(400);
    expect(
      retryDelay({
        error: unavailable,
        attempt: 9,
        policy: { ...policy, maxRetries: 10 },
        elapsedMs: 0,
      }),
    ).toBeCloseTo(999);
    random.mockReturnValue(0);
    expect(retryDelay({ error: unavailable, attempt: 2, policy, elapsedMs: 0 })).toBe(0);
    random.mockRestore();
  });

  it("gives up past maxRetries, past the budget, and on errors that are not transient", () => {
    expect(retryDelay({ error: unavailable, attempt: policy.maxRetries + 1, policy, elapsedMs: 0 })).toBeUndefined();
    expect(retryDelay({ error: unavailable, attempt: 1, policy, elapsedMs: 9_999.99 })).toBeUndefined();
    expect(retryDelay({ error: new Error("bug"), attempt: 1, policy, elapsedMs: 0 })).toBeUndefined();
  });

  it("parses Retry-After as seconds or a date, ignoring garbage", () => {
    const now = Date.parse("2030-01-01T00:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3_000);
    expect(parseRetryAfter("1.5", now)).toBe(1_500);
    expect(parseRetryAfter("Tue, 01 Jan 2030 00:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("Mon, 31 Dec 2029 00:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
