import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  ApiClient,
  ArgumentError,
  type ApiDescription,
  type LogFields,
  type OperationRequest,
  type SecurityRequirement,
} from "../../templates/runtime/index.js";
import { getRoom, json, scriptedFetch } from "./fake-fetch.js";

const KEY = "key-0123456789abcdef";
const TOKEN = "token-0123456789abcdef";

const DESCRIPTION: ApiDescription = {
  servers: [{ url: "https://api.test" }],
  securitySchemes: {
    bearer: { type: "http", scheme: "bearer" },
    headerKey: { type: "apiKey", in: "header", name: "X-API-Key" },
    queryKey: { type: "apiKey", in: "query", name: "api key" },
    basic: { type: "http", scheme: "basic" },
    oauth: { type: "oauth2" },
    clientCredentials: { type: "oauth2", tokenUrl: "https://auth.test/token" },
  },
  security: [{ bearer: [] }],
};

function described(options: ConstructorParameters<typeof ApiClient>[0] = {}) {
  const script = scriptedFetch(json({ ok: true }));
  const client = new ApiClient({ fetch: script.fetch, retry: { maxRetries: 0 }, ...options }, DESCRIPTION);
  const call = async (security?: SecurityRequirement[], extra: Partial<OperationRequest> = {}) => {
    await client.request(getRoom({ ...(security ? { security } : {}), ...extra }));
    return script.seen.at(-1)!;
  };
  return { client, call, ...script };
}

describe("choosing the requirement to apply", () => {
  it.each([
    [
      "the document's, when the operation states none",
      undefined,
      { bearer: TOKEN },
      "authorization",
      `Bearer ${TOKEN}`,
    ],
    [
      "the first alternative with credentials",
      [{ headerKey: [] }, { bearer: [] }],
      { bearer: TOKEN },
      "authorization",
      `Bearer ${TOKEN}`,
    ],
    ["an alternative before an optional {} one", [{}, { headerKey: [] }], { headerKey: KEY }, "x-api-key", KEY],
  ] as const)("takes %s", async (_name, security, credentials, header, value) => {
    const { call } = described({ credentials });
    const seen = await call(security ? [...security] : undefined);
    expect(seen.headers.get(header)).toBe(value);
  });

  it("sends nothing for `security: []`, nor for an alternative it has no credentials for", async () => {
    const { call } = described({ credentials: { bearer: TOKEN } });
    expect((await call([])).headers.get("authorization")).toBeNull();
    expect((await call([{ headerKey: [] }])).headers.get("x-api-key")).toBeNull();
  });

  it("applies every scheme of an alternative: a header key and a query key together", async () => {
    const { call } = described({ credentials: { headerKey: KEY, queryKey: "a b&c" } });
    const seen = await call([{ headerKey: [], queryKey: [] }], { query: { page: 2 } });
    expect(seen.headers.get("x-api-key")).toBe(KEY);
    expect(seen.url).toBe("https://api.test/api/v2/chats/rooms/room-1?page=2&api%20key=a%20b%26c");
  });

  it("lets the accessToken serve bearer and OAuth schemes without credentials of their own", async () => {
    const { call } = described({ accessToken: TOKEN });
    expect((await call([{ oauth: ["read"] }])).headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect((await call([{ headerKey: [] }])).headers.get("authorization")).toBeNull();
  });

  it("lets a caller's own Authorization or key header win", async () => {
    const { call } = described({ credentials: { bearer: TOKEN, headerKey: KEY } });
    const seen = await call(undefined, { headers: { Authorization: "Bearer mine" } });
    expect(seen.headers.get("authorization")).toBe("Bearer mine");
    const keyed = await call([{ headerKey: [] }], { headers: { "x-api-key": "their-key" } });
    expect(keyed.headers.get("x-api-key")).toBe("their-key");
  });

  it("sends a user name and password beyond Latin-1 as UTF-8", async () => {
    const { call } = described({ credentials: { basic: { username: "zoë", password: "пароль€" } } });
    const header = (await call([{ basic: [] }])).headers.get("authorization")!;
    expect(Buffer.from(header.replace(/^Basic /, ""), "base64").toString("utf8")).toBe("zoë:пароль€");
  });
});

describe("setting credentials", () => {
  it.each([
    ["an unknown scheme", { nope: "x" }, /no security scheme "nope" \(it has: bearer, headerKey/],
    ["a string for Basic", { basic: "user:pass" }, /"basic" takes \{ username, password \}/],
    [
      "Basic credentials for an API key",
      { headerKey: { username: "a", password: "b" } },
      /"headerKey" takes a string or a function/,
    ],
    [
      "client credentials for a scheme without that flow",
      { oauth: { clientId: "a", clientSecret: "b" } },
      /has no client-credentials flow/,
    ],
  ])("refuses %s, naming the scheme", (_name, credentials, message) => {
    const { client } = described();
    expect(() => client.setCredentials(credentials as never)).toThrow(ArgumentError);
    expect(() => client.setCredentials(credentials as never)).toThrow(message);
  });

  it("replaces one scheme's credentials, removes one with undefined, and clears them all", async () => {
    const { client, call } = described({ credentials: { bearer: TOKEN, headerKey: KEY } });
    client.setCredentials({ bearer: "token-2-abcdefgh" });
    expect((await call()).headers.get("authorization")).toBe("Bearer token-2-abcdefgh");
    client.setCredentials({ bearer: undefined });
    expect((await call()).headers.get("authorization")).toBeNull();
    client.clearCredentials();
    expect((await call([{ headerKey: [] }])).headers.get("x-api-key")).toBeNull();
  });

  it("is refused by a client without a description, which has its access token instead", () => {
    expect(() => new ApiClient().setCredentials({ bearer: TOKEN })).toThrow(/use setAccessToken/);
  });
});

describe("secrets", () => {
  it("keep out of log lines (URL, headers, bodies), error messages, JSON and inspect", async () => {
    const lines: LogFields[] = [];
    const messages: string[] = [];
    const logger = {
      log: (_level: string, message: string, fields: LogFields) => {
        messages.push(message);
        lines.push(fields);
      },
    };
    const echo = scriptedFetch(json({ message: `bad key ${KEY}` }, 401));
    const client = new ApiClient(
      { fetch: echo.fetch, logger, logLevel: "trace", credentials: { headerKey: KEY, queryKey: KEY, bearer: TOKEN } },
      DESCRIPTION,
    );
    const error = await client
      .request(getRoom({ security: [{ headerKey: [], queryKey: [] }] }))
      .catch((e: unknown) => e);
    expect(echo.seen[0]!.url).toContain(KEY);
    const visible = [
      JSON.stringify(lines),
      messages.join("\n"),
      String(error),
      JSON.stringify(error),
      inspect(error, { depth: 5 }),
      inspect(client, { depth: 5 }),
      JSON.stringify(client),
    ];
    for (const text of visible) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(TOKEN);
    }
    expect(JSON.stringify(lines)).toContain("[redacted]");
  });
});
