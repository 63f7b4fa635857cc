import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiClient,
  ArgumentError,
  AuthenticationError,
  ChatApi,
  InternalServerError,
  ResponseParseError,
  type LogFields,
} from "../../generated/chat-client/src/index.js";
import {
  raw,
  reply,
  sequence,
  slow,
  startFaultServer,
  type FaultHandler,
  type FaultServer,
  type ReceivedRequest,
} from "./fault-server.js";

const SECRET = "client-secret-5f2b9c";
let server: FaultServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

/** A token response for `token`, valid `expiresIn` seconds. */
const issue = (token: string, expiresIn = 3600): FaultHandler =>
  reply(200, { access_token: token, expires_in: expiresIn, token_type: "bearer" });

/** A client and ChatApi on a fresh server whose /oauth/token plays `login`; the API echoes. */
async function setup(login: FaultHandler, logged: string[] = []) {
  server = await startFaultServer({ "/oauth/token": login });
  const logger = {
    log: (level: string, message: string, fields: LogFields) =>
      logged.push(`${level} ${message} ${JSON.stringify(fields)}`),
  };
  const client = new ApiClient({
    basePath: server.url,
    loginBasePath: server.url,
    retry: { initialDelayMs: 5, maxDelayMs: 10 },
    logger,
    logLevel: "trace",
    logBodies: true,
  });
  const chat = new ChatApi(client);
  const bearer = async (): Promise<string | undefined> => {
    const echoed = (await chat.getChatsRoom("echo")) as unknown as ReceivedRequest;
    return echoed.headers.authorization;
  };
  return { client, chat, bearer, logins: () => server!.received("/oauth/token").length };
}

/** Every way an error reaches a person: message, stack, inspect (console.error), JSON, cause chain. */
function surfaces(error: unknown): string[] {
  const texts = [inspect(error, { depth: 20, showHidden: true }), JSON.stringify(error)];
  for (let e: unknown = error; e instanceof Error; e = e.cause) texts.push(e.message, String(e.stack));
  return texts;
}

describe("no token or client secret in errors or logs", () => {
  it("a token with CR/LF is an ArgumentError naming the header, not the token; nothing is sent", async () => {
    const { client, chat } = await setup(issue("unused"));
    client.setAccessToken("abc\r\nX-Leak: token-tail-7731");
    const error = await chat.getChatsRoom("echo").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArgumentError);
    expect((error as Error).message).toContain('header "authorization"');
    for (const text of surfaces(error)) expect(text).not.toContain("token-tail-7731");
    expect(server!.received("/api/v2/chats/rooms/echo")).toHaveLength(0);
  });

  it("a malformed login response leaves no part of the token in ResponseParseError or the logs", async () => {
    const logged: string[] = [];
    // A bare token where JSON was expected: JSON.parse quotes the start of the text.
    const body = "login-token-9917";
    const { client } = await setup(raw(200, "application/json", body), logged);
    const error = await client.loginClientCredentialsGrant("id", SECRET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    for (const text of [...surfaces(error), ...logged]) {
      expect(text).not.toContain("login-tok");
      expect(text).not.toContain(SECRET);
    }
  });

  it("a login answer without access_token is a ResponseParseError", async () => {
    const { client } = await setup(reply(200, { token_type: "bearer" }));
    const error = await client.loginClientCredentialsGrant("id", SECRET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toMatch(/has no access_token/);
  });

  it("a refused login shows neither the secret nor the Basic credentials", async () => {
    const logged: string[] = [];
    const { client } = await setup(reply(401, { message: "bad client" }), logged);
    const error = await client.loginClientCredentialsGrant("id", SECRET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    for (const text of [...surfaces(error), ...logged]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(btoa(`id:${SECRET}`));
    }
  });
});

describe("setAccessToken during a renewal", () => {
  it("wins: the renewal that lands afterwards does not replace it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { client, bearer, logins } = await setup(sequence(issue("cc-1"), slow(200, issue("cc-2"))));
    await client.loginClientCredentialsGrant("id", SECRET);
    expect(await bearer()).toBe("Bearer cc-1");
    vi.setSystemTime(Date.now() + 3_600_000);
    const during = bearer();
    // The renewal is in flight on the slow login route; the application sets its own token.
    await vi.waitUntil(() => logins() === 2);
    client.setAccessToken("static-user-token");
    expect(await during).toBe("Bearer static-user-token");
    expect(await bearer()).toBe("Bearer static-user-token");
    vi.setSystemTime(Date.now() + 7_200_000);
    expect(await bearer()).toBe("Bearer static-user-token");
    expect(logins()).toBe(2);
  });
});

describe("a failed early renewal", () => {
  it("keeps using the valid token, tries again later, and fails only once the token expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const failed = reply(500, { message: "login down" });
    const { client, bearer, logins } = await setup(sequence(issue("cc-1"), failed, issue("cc-3"), failed));
    const auth = await client.loginClientCredentialsGrant("id", SECRET);
    vi.setSystemTime(auth.tokenExpiryTime - 59_000);
    expect(await bearer()).toBe("Bearer cc-1");
    expect(logins()).toBe(2);
    // Too soon to try again: no login request, the current token still works.
    vi.setSystemTime(auth.tokenExpiryTime - 55_000);
    expect(await bearer()).toBe("Bearer cc-1");
    expect(logins()).toBe(2);
    vi.setSystemTime(auth.tokenExpiryTime - 45_000);
    expect(await bearer()).toBe("Bearer cc-3");
    expect(logins()).toBe(3);
    // cc-3 expired, and its renewal fails: now the call fails.
    vi.setSystemTime(Date.now() + 3_600_000);
    await expect(bearer()).rejects.toBeInstanceOf(InternalServerError);
  });
});
