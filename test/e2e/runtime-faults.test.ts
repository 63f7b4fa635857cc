import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApiClient,
  AuthenticationError,
  ConnectionError,
  RateLimitError,
  ResponseParseError,
  TimeoutError,
  type ApiClientOptions,
} from "../../templates/runtime/index.js";
import type { OperationRequest } from "../../templates/runtime/request.js";
import {
  raw,
  reply,
  reset,
  sequence,
  slow,
  startFaultServer,
  type FaultHandler,
  type FaultServer,
  type ReceivedRequest,
} from "./fault-server.js";

const CLIENT_ID = "e2e-client";
const CLIENT_SECRET = "e2e-secret";
let issued = 0;

/** A fake login server: checks Basic auth and the form, then issues numbered tokens. */
const login: FaultHandler = (request, response, hit) => {
  const expected = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`;
  const form = new URLSearchParams(request.body);
  const grantOk =
    form.get("grant_type") === "client_credentials" ||
    (form.get("grant_type") === "refresh_token" && form.get("refresh_token")?.startsWith("refresh-"));
  const formOk = request.headers["content-type"] === "application/x-www-form-urlencoded" && request.method === "POST";
  if (request.headers.authorization !== expected || !grantOk || !formOk) {
    return reply(401, { error: "invalid_client", message: "bad client credentials" })(request, response, hit);
  }
  issued++;
  reply(200, {
    access_token: `token-${issued}`,
    token_type: "bearer",
    expires_in: 86_400,
    refresh_token: `refresh-${issued}`,
  })(request, response, hit);
};

const routes: Record<string, FaultHandler> = {
  "/oauth/token": login,
  "/slow": slow(2_000, reply(200, { late: true })),
  "/reset-once": sequence(reset, reply(200, { recovered: true })),
  "/reset-always": reset,
  "/storm": sequence(
    reply(429, { message: "rate limited" }, { "retry-after": "0" }),
    reply(429, { message: "rate limited" }, { "retry-after": "0" }),
    reply(429, { message: "rate limited" }, { "retry-after": "0" }),
    reply(200, { calm: true }),
  ),
  "/long-storm": reply(429, { message: "rate limited" }, { "retry-after": "60", "inin-correlation-id": "storm-1" }),
  "/malformed": raw(200, "application/json", '{"id": "m1", '),
  "/wrong-type": raw(200, "text/html", "<html><body>Sign in</body></html>"),
  "/flaky": sequence(reply(502, {}), reply(503, { message: "down" }), reply(200, { up: true })),
};

let server: FaultServer;

beforeAll(async () => {
  server = await startFaultServer(routes);
});

afterAll(async () => {
  await server.close();
});

function client(options: ApiClientOptions = {}): ApiClient {
  return new ApiClient({
    basePath: server.url,
    loginBasePath: server.url,
    accessToken: "e2e-token",
    retry: { initialDelayMs: 5, maxDelayMs: 20 },
    ...options,
  });
}

function get(path: string, overrides: Partial<OperationRequest> = {}): OperationRequest {
  return { operationId: "getFault", method: "GET", path, responseType: "json", ...overrides };
}

describe("over a real socket", () => {
  it("delivers the path, query, headers and body as sent", async () => {
    const jid = "adhoc-1@conference.example.com/x";
    const echoed = await client().request<ReceivedRequest>({
      operationId: "postChatsRoomMessages",
      method: "POST",
      path: "/api/v2/chats/rooms/{roomJid}/messages",
      pathParams: { roomJid: jid },
      query: { limit: "5", excludeMetadata: true, skip: undefined },
      body: { message: "héllo" },
      required: ["roomJid", "body"],
      responseType: "json",
    });
    expect(echoed.url).toBe(`/api/v2/chats/rooms/${encodeURIComponent(jid)}/messages?limit=5&excludeMetadata=true`);
    expect(echoed.method).toBe("POST");
    expect(echoed.headers).toMatchObject({
      authorization: "Bearer e2e-token",
      "content-type": "application/json",
      accept: "application/json",
    });
    expect(JSON.parse(echoed.body)).toEqual({ message: "héllo" });
  });

  it("times out a slow response and does not wait for it", async () => {
    const started = Date.now();
    const error = await client()
      .request(get("/slow"), { timeoutMs: 100, retry: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("retries a connection reset and succeeds", async () => {
    const info = await client().request(get("/reset-once")).withHttpInfo();
    expect(info).toMatchObject({ data: { recovered: true }, attempts: 2 });
  });

  it("gives up on a server that keeps resetting, with a ConnectionError", async () => {
    const error = (await client({ retry: { maxRetries: 2, initialDelayMs: 1 } })
      .request(get("/reset-always"))
      .catch((e: unknown) => e)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.attempts).toBe(3);
    expect(server.received("/reset-always")).toHaveLength(3);
  });

  it("rides out a 429 storm that honours Retry-After", async () => {
    const info = await client({ retry: { maxRetries: 5 } })
      .request(get("/storm"))
      .withHttpInfo();
    expect(info).toMatchObject({ data: { calm: true }, attempts: 4 });
  });

  it("stops at once when Retry-After exceeds the budget", async () => {
    const started = Date.now();
    const error = (await client({ retry: { maxElapsedMs: 2_000 } })
      .request(get("/long-storm"))
      .catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({
      attempts: 1,
      correlationId: "storm-1",
      body: { message: "rate limited" },
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("rejects malformed JSON and a wrong content type with ResponseParseError", async () => {
    await expect(client().request(get("/malformed"))).rejects.toThrow(
      "getFault: 200 response is not valid JSON (application/json)",
    );
    const error = await client()
      .request(get("/wrong-type"))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain("text/html");
  });

  it("reads a wrong content type as text when the operation asks for text", async () => {
    await expect(client().request(get("/wrong-type", { responseType: "text" }))).resolves.toContain("Sign in");
  });

  it("recovers from 502 then 503", async () => {
    const info = await client().request(get("/flaky")).withHttpInfo();
    expect(info).toMatchObject({ data: { up: true }, attempts: 3 });
  });
});

describe("login endpoint", () => {
  it("logs in with client credentials and uses the token", async () => {
    const api = client({ accessToken: undefined });
    const auth = await api.loginClientCredentialsGrant(CLIENT_ID, CLIENT_SECRET);
    expect(auth.accessToken).toMatch(/^token-\d+$/);
    const echoed = await api.request<ReceivedRequest>(get("/echo"));
    expect(echoed.headers.authorization).toBe(`Bearer ${auth.accessToken}`);
  });

  it("refreshes a code-authorization token", async () => {
    const api = client({ accessToken: undefined });
    const auth = await api.refreshCodeAuthorizationGrant(CLIENT_ID, CLIENT_SECRET, "refresh-0");
    expect(auth.refreshToken).toMatch(/^refresh-\d+$/);
    const [request] = server.received("/oauth/token").slice(-1);
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({
      grant_type: "refresh_token",
      refresh_token: "refresh-0",
    });
  });

  it("rejects wrong credentials with an AuthenticationError that hides the secret", async () => {
    const error = (await client()
      .loginClientCredentialsGrant(CLIENT_ID, "wrong")
      .catch((e: unknown) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe("loginClientCredentialsGrant: 401 Unauthorized: bad client credentials");
  });
});
