import { setMaxListeners } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApiClient,
  ArgumentError,
  ChatApi,
  ConnectionError,
  ResponseParseError,
  TimeoutError,
  type ApiClientOptions,
} from "../../generated/chat-client/src/index.js";
import { raw, reply, resetMidBody, sequence, slow, startFaultServer, type FaultServer } from "./fault-server.js";

const ROOMS = "/api/v2/chats/rooms";
let server: FaultServer;

beforeAll(async () => {
  server = await startFaultServer({
    [`${ROOMS}/cut-once`]: sequence(resetMidBody, reply(200, { id: "cut-once" })),
    [`${ROOMS}/cut-always`]: resetMidBody,
    [`${ROOMS}/cut-always/messages`]: resetMidBody,
    [`${ROOMS}/slow`]: slow(1_500, reply(200, { id: "slow" })),
    [`${ROOMS}/empty`]: raw(200, "application/json", ""),
  });
});
afterAll(() => server.close());

function chat(options: ApiClientOptions = {}): ChatApi {
  const retry = { initialDelayMs: 5, maxDelayMs: 20 };
  return new ChatApi(new ApiClient({ basePath: server.url, accessToken: "t", retry, ...options }));
}

const failure = (promise: Promise<unknown>): Promise<unknown> => promise.catch((e: unknown) => e);

describe("a connection reset in the middle of a response body", () => {
  it("is retried for a GET, which then succeeds", async () => {
    const info = await chat().getChatsRoom("cut-once").withHttpInfo();
    expect(info).toMatchObject({ data: { id: "cut-once" }, attempts: 2 });
  });

  it("ends in a ConnectionError with the operation id after the retries", async () => {
    const error = (await failure(chat().getChatsRoom("cut-always"))) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ operationId: "getChatsRoom", attempts: 4 });
    expect(server.received(`${ROOMS}/cut-always`)).toHaveLength(4);
  });

  it("is not retried for a POST", async () => {
    const error = await failure(chat().postChatsRoomMessages("cut-always", { message: "hi" }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ operationId: "postChatsRoomMessages", attempts: 1 });
  });
});

describe("a header that HTTP does not allow", () => {
  it.each([
    ["a CR/LF in a customHeaders value", { customHeaders: { "x-tag": "a\r\nInjected: 1" } }, {}, "x-tag"],
    ["an invalid customHeaders name", { customHeaders: { "x tag": "v" } }, {}, "x tag"],
    ["a LF in a defaultHeaders value", {}, { defaultHeaders: { "x-app": "a\nb" } }, "x-app"],
    ["a NUL in a defaultHeaders value", {}, { defaultHeaders: { "x-app": "a\0b" } }, "x-app"],
  ])("%s is an ArgumentError naming it, with nothing sent", async (_name, opts, clientOptions, header) => {
    const before = server.received(`${ROOMS}/bad-header`).length;
    const error = (await failure(chat(clientOptions).getChatsRoomMessages("bad-header", opts))) as ArgumentError;
    expect(error).toBeInstanceOf(ArgumentError);
    expect(error.message).toContain(JSON.stringify(header).slice(1, -1));
    expect(error).toMatchObject({ operationId: "getChatsRoomMessages", attempts: 0 });
    expect(server.received(`${ROOMS}/bad-header/messages`)).toHaveLength(0);
    expect(server.received(`${ROOMS}/bad-header`)).toHaveLength(before);
  });
});

describe("path parameters the URL cannot carry", () => {
  it.each([
    ["an empty string", "", /Missing the required parameter "roomJid"/],
    ["a lone surrogate", "room\uD800", /roomJid.*lone surrogate/],
  ])("%s is an ArgumentError, with nothing sent", async (_name, roomJid, message) => {
    const error = await failure(chat().getChatsRoom(roomJid));
    expect(error).toBeInstanceOf(ArgumentError);
    expect((error as Error).message).toMatch(message);
    expect(server.received(`${ROOMS}/`)).toHaveLength(0);
  });

  it("a lone surrogate in a query value is an ArgumentError too", async () => {
    const error = await failure(chat().getChatsRoomMessages("r", { before: "\uDC00" }));
    expect(error).toBeInstanceOf(ArgumentError);
  });
});

describe("maxElapsedMs", () => {
  it("bounds an attempt in flight: a 300 ms budget does not wait for a 1.5 s response", async () => {
    const started = Date.now();
    const error = (await failure(
      chat({ timeoutMs: 10_000, retry: { maxElapsedMs: 300 } }).getChatsRoom("slow"),
    )) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toBe("getChatsRoom: ran out of its 300 ms budget (maxElapsedMs)");
    expect(error.attempts).toBe(1);
    // Generous: the response itself would take 1500 ms.
    expect(Date.now() - started).toBeLessThan(1_400);
  });
});

describe("an empty 200 body for a method that returns a model", () => {
  it("rejects with ResponseParseError instead of resolving undefined", async () => {
    const error = await failure(chat().getChatsRoom("empty"));
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toMatch(/^getChatsRoom: 200 response has an empty body/);
  });
});

describe("one AbortSignal shared by many calls", () => {
  it("prints no MaxListenersExceededWarning for 30 concurrent calls", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const { signal } = new AbortController();
      // Node's default limit, set on the signal itself: the test runner raises the global default.
      setMaxListeners(10, signal);
      const api = chat();
      const calls = Array.from({ length: 30 }, (_, i) => api.getChatsRoom(`echo-${i}`, {}, { signal }));
      await Promise.all(calls.map((call) => failure(call)));
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.map((w) => w.name)).not.toContain("MaxListenersExceededWarning");
  });
});
