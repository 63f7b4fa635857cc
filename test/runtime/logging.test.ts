import { describe, expect, it, vi } from "vitest";
import type { LogFields, LogLevel } from "../../templates/runtime/index.js";
import { getRoom, json, postMessage, scriptedFetch, testClient } from "./fake-fetch.js";

type Line = { level: LogLevel; message: string; fields: LogFields };

function recorder() {
  const lines: Line[] = [];
  return {
    lines,
    logger: {
      log: (level: LogLevel, message: string, fields: LogFields) => lines.push({ level, message, fields }),
    },
  };
}

describe("logging", () => {
  it("writes nothing without a logger, and only errors at level error", async () => {
    const { fetch } = scriptedFetch(json({ ok: true }));
    const quiet = recorder();
    await testClient(fetch, { logger: quiet.logger, logLevel: "error" }).request(getRoom());
    expect(quiet.lines).toEqual([]);
  });

  it("logs each attempt at debug with the fields needed to find the call", async () => {
    const { fetch } = scriptedFetch(
      json({}, 503, { "inin-correlation-id": "c-1" }),
      json({ ok: true }, 200, { "inin-correlation-id": "c-2" }),
    );
    const { lines, logger } = recorder();
    await testClient(fetch, { logger, logLevel: "debug" }).request(getRoom());
    expect(lines.map((l) => l.level)).toEqual(["debug", "warn", "debug"]);
    const [first, retry, last] = lines;
    expect(first?.fields).toMatchObject({
      operationId: "getChatsRoom",
      method: "GET",
      url: "https://api.test/api/v2/chats/rooms/room-1",
      status: 503,
      attempt: 1,
      correlationId: "c-1",
    });
    expect(retry?.message).toBe("getChatsRoom failed, retrying");
    expect(retry?.fields.retryInMs).toEqual(expect.any(Number));
    expect(last?.fields).toMatchObject({ status: 200, attempt: 2, correlationId: "c-2" });
    expect(last?.fields.durationMs).toEqual(expect.any(Number));
    expect(last?.message).toMatch(/^GET https:\/\/api\.test\/api\/v2\/chats\/rooms\/room-1 200 \(\d+ ms\)$/);
    expect(lines.every((l) => l.fields.headers === undefined && l.fields.requestBody === undefined)).toBe(true);
  });

  it("logs the final failure at error", async () => {
    const { fetch } = scriptedFetch(json({ message: "gone" }, 404, { "inin-correlation-id": "c-9" }));
    const { lines, logger } = recorder();
    await testClient(fetch, { logger, logLevel: "warn" })
      .request(getRoom())
      .catch(() => undefined);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "error",
      fields: { status: 404, correlationId: "c-9", attempt: 1 },
    });
    expect(lines[0]?.fields.error).toContain("404 Not Found: gone");
  });

  it("adds redacted headers at trace, and bodies only with logBodies", async () => {
    const { fetch } = scriptedFetch(json({ id: "m1" }));
    const plain = recorder();
    await testClient(fetch, { logger: plain.logger, logLevel: "trace" }).request(postMessage({ message: "hello" }));
    expect(plain.lines[0]?.fields.headers).toMatchObject({
      authorization: "[redacted]",
      "content-type": "application/json",
    });
    expect(plain.lines[0]?.fields).not.toHaveProperty("requestBody");

    const withBodies = recorder();
    await testClient(fetch, {
      logger: withBodies.logger,
      logLevel: "debug",
      logBodies: true,
    }).request(postMessage({ message: "hello" }));
    expect(withBodies.lines[0]?.fields).toMatchObject({
      requestBody: '{"message":"hello"}',
      responseBody: '{"id":"m1"}',
    });
  });

  it("accepts a console-like logger, sending trace lines to debug", async () => {
    const { fetch } = scriptedFetch(json({ ok: true }));
    const consoleLike = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() };
    await testClient(fetch, { logger: consoleLike, logLevel: "trace" }).request(getRoom());
    expect(consoleLike.debug).toHaveBeenCalledWith(
      expect.stringMatching(/^GET /),
      expect.objectContaining({ operationId: "getChatsRoom" }),
    );
    expect(consoleLike.error).not.toHaveBeenCalled();
  });
});
