import { createServer } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { pino } from "pino";
import { ProxyAgent } from "undici";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { MIGRATION_ROWS } from "../../generator/genesys/readme-migration.js";
import {
  ApiClient,
  type ApiError,
  AuthenticationError,
  ChatApi,
  GenesysCloudError,
  type NotFoundError,
  type ApiClientOptions,
} from "../../generated/chat-client/src/index.js";
import { reply, startFaultServer, type FaultHandler, type FaultServer, type ReceivedRequest } from "./fault-server.js";

const BODY = {
  message: "Room not found",
  code: "not.found",
  status: 404,
  contextId: "ctx-7",
  details: [{ errorCode: "e1" }],
};
let issued = 0;
/** A login server: numbered tokens with refresh tokens, one hour each. */
const login: FaultHandler = (request, response, hit) => {
  issued++;
  reply(200, {
    access_token: `token-${issued}`,
    refresh_token: `refresh-${issued}`,
    expires_in: 3600,
  })(request, response, hit);
};

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({
    "/oauth/token": login,
    "/login-gw/oauth/token": login,
    "/api/v2/chats/rooms/missing": reply(404, BODY, { "inin-correlation-id": "corr-1" }),
    "/api/v2/chats/rooms/unauthorized": reply(401, {
      message: "token expired",
      code: "bad.credentials",
    }),
  });
});
afterAll(() => server.close());
afterEach(() => vi.useRealTimers());

function setup(options: ApiClientOptions = {}) {
  const client = new ApiClient({
    basePath: server.url,
    loginBasePath: server.url,
    accessToken: "t",
    ...options,
  });
  const chat = new ChatApi(client);
  const echo = async (): Promise<ReceivedRequest> => (await chat.getChatsRoom("echo")) as unknown as ReceivedRequest;
  return { client, chat, echo };
}

const failure = (promise: Promise<unknown>): Promise<unknown> => promise.catch((e: unknown) => e);
const lastLogin = (): URLSearchParams => new URLSearchParams(server.received("/oauth/token").at(-1)?.body);
const basic = (id: string, secret: string): string => `Basic ${btoa(`${id}:${secret}`)}`;

/** The renewal an hour later: the login request it sends, and the bearer the next call carries. */
async function renewal(echo: () => Promise<ReceivedRequest>) {
  vi.setSystemTime(Date.now() + 3_600_000);
  const bearer = (await echo()).headers.authorization;
  const request = server.received("/oauth/token").at(-1)!;
  return {
    bearer,
    form: Object.fromEntries(new URLSearchParams(request.body)),
    authorization: request.headers.authorization,
  };
}

/** One check per row of the README's migration table, each over the socket. */
const checks: Record<string, () => Promise<void>> = {
  "error-object": async () => {
    const error = (await failure(setup().chat.getChatsRoom("missing"))) as NotFoundError;
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(GenesysCloudError);
    expect(error.status).toBe(404);
  },
  "error-code": async () => {
    expect(await failure(setup().chat.getChatsRoom("missing"))).toMatchObject({
      code: "not.found",
    });
  },
  "error-message": async () => {
    const error = (await failure(setup().chat.getChatsRoom("missing"))) as ApiError;
    expect(error.body?.message).toBe("Room not found");
    expect(error.message).toBe("getChatsRoom: 404 Not Found: Room not found (correlation id corr-1)");
  },
  "error-fields": async () => {
    const error = (await failure(setup().chat.getChatsRoom("missing"))) as ApiError;
    expect(error.body).toMatchObject({ contextId: "ctx-7", details: [{ errorCode: "e1" }] });
    expect(error.correlationId).toBe("corr-1");
  },
  "date-values": async () => {
    const { chat } = setup();
    const date = new Date(Date.UTC(2024, 4, 6, 7, 8, 9, 10));
    // JavaScript code migrating from the SDK passes the Date itself.
    const raw = (await chat.getChatsRoomMessages("echo", {
      before: date as unknown as string,
    })) as unknown as ReceivedRequest;
    const typed = (await chat.getChatsRoomMessages("echo", {
      before: date.toISOString(),
    })) as unknown as ReceivedRequest;
    expect(new URL(raw.url, server.url).searchParams.get("before")).toBe("2024-05-06T07:08:09.010Z");
    expect(typed.url).toBe(raw.url);
  },
  "extended-responses": async () => {
    const info = await setup().chat.getChatsRoom("echo").withHttpInfo();
    expect(info).toMatchObject({ status: 200, attempts: 1 });
    expect(info.headers.get("content-type")).toBe("application/json");
  },
  "code-grant": async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { client, echo } = setup({ accessToken: undefined });
    const auth = await client.loginCodeAuthorizationGrant(
      "code-client",
      "code-secret",
      "the-code",
      "https://app.example/cb",
    );
    expect(Object.fromEntries(lastLogin())).toEqual({
      grant_type: "authorization_code",
      code: "the-code",
      redirect_uri: "https://app.example/cb",
    });
    expect((await echo()).headers.authorization).toBe(`Bearer ${auth.accessToken}`);
    const renewed = await renewal(echo);
    expect(renewed.form).toEqual({ grant_type: "refresh_token", refresh_token: auth.refreshToken });
    expect(renewed.authorization).toBe(basic("code-client", "code-secret"));
    expect(renewed.bearer).not.toBe(`Bearer ${auth.accessToken}`);
  },
  "refresh-on-401": async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { client, chat, echo } = setup({ accessToken: undefined });
    const auth = await client.refreshCodeAuthorizationGrant("code-client", "code-secret", "refresh-0");
    const logins = server.received("/oauth/token").length;
    expect(await failure(chat.getChatsRoom("unauthorized"))).toBeInstanceOf(AuthenticationError);
    expect(server.received("/oauth/token")).toHaveLength(logins);
    const renewed = await renewal(echo);
    expect(renewed.form).toEqual({ grant_type: "refresh_token", refresh_token: auth.refreshToken });
  },
  "browser-logins": async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { client, echo } = setup({ accessToken: undefined });
    const auth = await client.authorizePKCEGrant("pkce-client", "v".repeat(43), "the-code", "https://app.example/cb");
    const renewed = await renewal(echo);
    expect(renewed.form).toEqual({
      grant_type: "refresh_token",
      refresh_token: auth.refreshToken,
      client_id: "pkce-client",
    });
    expect(renewed.authorization).toBeUndefined();
    expect(renewed.bearer).not.toBe(`Bearer ${auth.accessToken}`);
  },
  "clear-token": async () => {
    const { client, echo } = setup();
    expect((await echo()).headers.authorization).toBe("Bearer t");
    client.clearAccessToken();
    expect((await echo()).headers.authorization).toBeUndefined();
  },
  "auth-data": async () => {
    const authData = await setup().client.loginClientCredentialsGrant("cc", "secret");
    const { client, echo } = setup({ accessToken: undefined });
    client.setAccessToken(authData.accessToken);
    expect((await echo()).headers.authorization).toBe(`Bearer ${authData.accessToken}`);
  },
  logout: async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { client, echo } = setup({ accessToken: undefined });
    await client.loginClientCredentialsGrant("cc", "secret");
    client.clearAccessToken();
    const logins = server.received("/oauth/token").length;
    vi.setSystemTime(Date.now() + 7_200_000);
    expect((await echo()).headers.authorization).toBeUndefined();
    expect(server.received("/oauth/token")).toHaveLength(logins);
  },
  gateway: async () => {
    const { port } = new URL(server.url);
    const { client, chat } = setup({
      accessToken: undefined,
      basePath: "https://unused.example",
      loginBasePath: "https://unused.example",
    });
    client.setGateway({
      host: "127.0.0.1",
      port: Number(port),
      protocol: "http",
      path_params_api: "api-gw",
      path_params_login: "/login-gw",
    });
    await client.loginClientCredentialsGrant("cc", "secret");
    const echoed = (await chat.getChatsRoom("echo")) as unknown as ReceivedRequest;
    expect(echoed.url).toBe("/api-gw/api/v2/chats/rooms/echo");
    expect(server.received("/login-gw/oauth/token")).toHaveLength(1);
    client.setGateway();
    expect(client.basePath).toBe("https://unused.example");
  },
  "proxy-agent": async () => {
    const proxy = await startConnectProxy();
    try {
      const dispatcher = new ProxyAgent(proxy.url);
      const { echo } = setup({
        fetch: (url, init) => fetch(url, { ...init, dispatcher } as RequestInit),
      });
      expect((await echo()).headers.authorization).toBe("Bearer t");
      expect(proxy.tunnels).toEqual([new URL(server.url).host]);
      await dispatcher.close();
    } finally {
      await proxy.close();
    }
  },
  logger: async () => {
    const lines: string[] = [];
    const log = pino({ level: "trace" }, { write: (line: string) => void lines.push(line) });
    const { chat } = setup({
      logger: { log: (level, message, fields) => log[level](fields, message) },
      logLevel: "debug",
    });
    await chat.getChatsRoom("echo");
    const entry = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
    expect(entry).toMatchObject({
      level: 20,
      operationId: "getChatsRoom",
      method: "GET",
      status: 200,
      attempt: 1,
    });
    expect(entry.msg).toMatch(/^GET .*\/rooms\/echo 200/);
  },
};

describe("the README's migration table", () => {
  it("has a check for every row, and a row for every check", () => {
    expect(Object.keys(checks).sort()).toEqual(MIGRATION_ROWS.map((row) => row.key).sort());
  });

  it.each(MIGRATION_ROWS.map((row) => [row.key, row] as const))("%s: the replacement works", async (key) => {
    await checks[key]!();
  });
});

/** An HTTP proxy that tunnels CONNECT requests, recording each target. */
async function startConnectProxy() {
  const tunnels: string[] = [];
  const proxy = createServer((_request, response) => response.writeHead(405).end());
  proxy.on("connect", (request, client, head) => {
    tunnels.push(request.url ?? "");
    const [host, port] = (request.url ?? "").split(":");
    const upstream = connect(Number(port), host, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client).on("error", () => undefined);
      client.pipe(upstream).on("error", () => undefined);
    });
    upstream.on("error", () => client.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}
