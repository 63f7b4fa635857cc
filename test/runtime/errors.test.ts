import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadGatewayError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  GatewayTimeoutError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  RequestTimeoutError,
  ResponseParseError,
  ServiceUnavailableError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
  type ErrorBody,
} from "../../templates/runtime/index.js";
import { getRoom, json, scriptedFetch, testClient } from "./fake-fetch.js";

const errorBody = (status: number): ErrorBody => ({
  message: `problem ${status}`,
  code: "some.code",
  status,
  contextId: "ctx-1",
  details: [{ errorCode: "e1", fieldName: "roomJid" }],
});

describe("error classes by status", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [408, RequestTimeoutError],
    [409, ConflictError],
    [413, PayloadTooLargeError],
    [415, UnsupportedMediaTypeError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, BadGatewayError],
    [503, ServiceUnavailableError],
    [504, GatewayTimeoutError],
    [507, InternalServerError],
    [418, ApiError],
  ])("%i rejects with %O carrying body, headers, correlation id and attempts", async (status, ErrorClass) => {
    const { fetch } = scriptedFetch(
      json(errorBody(status), status, {
        "inin-correlation-id": `corr-${status}`,
        "x-extra": "1",
      }),
    );
    const error = await testClient(fetch, { retry: { maxRetries: 0 } })
      .request(getRoom())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.name).toBe(ErrorClass.name);
    expect(apiError).toMatchObject({
      status,
      body: errorBody(status),
      correlationId: `corr-${status}`,
      operationId: "getChatsRoom",
      attempts: 1,
    });
    expect(apiError.headers.get("x-extra")).toBe("1");
    expect(apiError.message).toMatch(
      new RegExp(`^getChatsRoom: ${status} .*: problem ${status} \\(correlation id corr-${status}\\)$`),
    );
  });

  it("words the message like the platform's reason phrase", async () => {
    const { fetch } = scriptedFetch(json({ message: "Room not found" }, 404, { "inin-correlation-id": "abc" }));
    await expect(testClient(fetch).request(getRoom())).rejects.toThrow(
      "getChatsRoom: 404 Not Found: Room not found (correlation id abc)",
    );
  });

  it("quotes a non-JSON error body and leaves body undefined", async () => {
    const { fetch } = scriptedFetch(
      new Response("<html>bad gateway</html>", {
        status: 400,
        headers: { "content-type": "text/html" },
      }),
    );
    const error = (await testClient(fetch)
      .request(getRoom())
      .catch((e: unknown) => e)) as ApiError;
    expect(error.body).toBeUndefined();
    expect(error.message).toBe("getChatsRoom: 400 Bad Request: <html>bad gateway</html>");
  });
});

describe("bodies that are not what the operation promises", () => {
  it("rejects malformed JSON in a 2xx with a ResponseParseError naming operation and status", async () => {
    const { fetch } = scriptedFetch(
      new Response("{not json", { status: 200, headers: { "content-type": "text/html" } }),
    );
    const error = (await testClient(fetch)
      .request(getRoom())
      .catch((e: unknown) => e)) as ResponseParseError;
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error.message).toBe("getChatsRoom: 200 response is not valid JSON (text/html)");
    expect(error).toMatchObject({ operationId: "getChatsRoom", status: 200, attempts: 1 });
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it("rejects an empty 200 body where the operation promises a model", async () => {
    const { fetch } = scriptedFetch(new Response("", { status: 200 }));
    const error = await testClient(fetch)
      .request(getRoom())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toMatch(/^getChatsRoom: 200 response has an empty body/);
  });

  it("resolves undefined for an empty body when the operation says a success may have none (a 204 beside a 200)", async () => {
    const { fetch } = scriptedFetch(new Response(null, { status: 204 }), json({ id: "r1" }));
    const client = testClient(fetch);
    expect(await client.request(getRoom({ bodyOptional: true }))).toBeUndefined();
    expect(await client.request(getRoom({ bodyOptional: true }))).toEqual({ id: "r1" });
  });
});

describe("connection failures", () => {
  it("wraps a fetch failure in a ConnectionError with the cause", async () => {
    const reset = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } });
    const { fetch } = scriptedFetch(reset);
    const error = (await testClient(fetch, { retry: { maxRetries: 0 } })
      .request(getRoom())
      .catch((e: unknown) => e)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toBe("getChatsRoom: connection failed");
    expect(error.cause).toBe(reset);
    expect(error.attempts).toBe(1);
  });
});

describe("a fetch failure that quotes the credentials", () => {
  it("keeps the cause, with the token redacted all along its chain", async () => {
    const token = "secret-token-123";
    const inner = new Error(`socket said Bearer ${token}`);
    const quoting = Object.assign(new TypeError(`bad header "Bearer ${token}"`, { cause: inner }), {
      code: "UND_ERR",
    });
    const { fetch } = scriptedFetch(quoting);
    const error = (await testClient(fetch, { retry: { maxRetries: 0 } })
      .request(getRoom())
      .catch((e: unknown) => e)) as ConnectionError;
    const cause = error.cause as Error & { code?: string };
    expect(cause).toMatchObject({ name: "TypeError", code: "UND_ERR" });
    expect(cause.message).toBe('bad header "[redacted]"');
    expect((cause.cause as Error).message).toBe("socket said [redacted]");
    expect(inspect(error, { depth: 10 })).not.toContain(token);
  });
});
