import { createHash } from "node:crypto";
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiClient,
  AuthenticationError,
  computePKCECodeChallenge,
  type LogFields,
} from "../../templates/runtime/index.js";
import { getRoom, json, scriptedFetch } from "./fake-fetch.js";

afterEach(() => {
  vi.useRealTimers();
});

const SECRET = "client-secret-xyz";

/** A fake platform: /oauth/token hands out numbered tokens, the API echoes the bearer it got. */
function platform(expiresIn = 3600) {
  let issued = 0;
  const script = scriptedFetch(async (request) => {
    if (request.url === "https://login.test/oauth/token") {
      issued++;
      return json({
        access_token: `token-${issued}`,
        expires_in: expiresIn,
        refresh_token: `refresh-${issued}`,
        token_type: "bearer",
      });
    }
    return json({ bearer: request.headers.get("authorization") });
  });
  const tokenRequests = () => script.seen.filter((r) => r.url.endsWith("/oauth/token"));
  const client = new ApiClient({
    basePath: "https://api.test",
    loginBasePath: "https://login.test",
    fetch: script.fetch,
  });
  return { ...script, client, tokenRequests };
}

describe("client credentials", () => {
  it("posts Basic auth and the grant form, and resolves AuthData", async () => {
    vi.useFakeTimers({ now: new Date("2030-01-01T00:00:00Z"), toFake: ["Date"] });
    const { client, tokenRequests } = platform(86_400);
    const auth = await client.loginClientCredentialsGrant("my-client", SECRET);
    const [request] = tokenRequests();
    expect(request?.method).toBe("POST");
    expect(request?.headers.get("authorization")).toBe(
      `Basic ${Buffer.from(`my-client:${SECRET}`).toString("base64")}`,
    );
    expect(request?.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(request?.body).toBe("grant_type=client_credentials");
    expect(auth).toMatchObject({
      accessToken: "token-1",
      tokenExpiryTime: Date.parse("2030-01-02T00:00:00Z"),
      tokenExpiryTimeString: "Wed, 02 Jan 2030 00:00:00 GMT",
    });
  });

  it("uses the token on later calls", async () => {
    const { client } = platform();
    await client.loginClientCredentialsGrant("my-client", SECRET);
    await expect(client.request(getRoom())).resolves.toEqual({ bearer: "Bearer token-1" });
  });

  it("renews the token before it expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { client, tokenRequests } = platform(3600);
    await client.loginClientCredentialsGrant("my-client", SECRET);
    vi.setSystemTime(Date.now() + 3600_000 - 61_000);
    await expect(client.request(getRoom())).resolves.toEqual({ bearer: "Bearer token-1" });
    vi.setSystemTime(Date.now() + 2_000);
    await expect(client.request(getRoom())).resolves.toEqual({ bearer: "Bearer token-2" });
    expect(tokenRequests()).toHaveLength(2);
  });

  it("shares one renewal among ten concurrent calls", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { client, tokenRequests } = platform(3600);
    await client.loginClientCredentialsGrant("my-client", SECRET);
    vi.setSystemTime(Date.now() + 3600_000);
    const results = await Promise.all(Array.from({ length: 10 }, () => client.request(getRoom())));
    expect(results).toEqual(Array.from({ length: 10 }, () => ({ bearer: "Bearer token-2" })));
    expect(tokenRequests()).toHaveLength(2);
  });

  it("rejects every waiting call when the renewal fails, with an error that hides the secret", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { fetch, seen } = scriptedFetch(
      json({ access_token: "token-1", expires_in: 3600 }),
      json({ error: "invalid_client", description: "client disabled" }, 401),
    );
    const client = new ApiClient({
      basePath: "https://api.test",
      loginBasePath: "https://login.test",
      fetch,
    });
    await client.loginClientCredentialsGrant("my-client", SECRET);
    vi.setSystemTime(Date.now() + 3600_000);
    const errors = await Promise.all(
      [client.request(getRoom()), client.request(getRoom())].map((p) => p.catch((e: unknown) => e)),
    );
    for (const error of errors) {
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as Error).message).toMatch(/^loginClientCredentialsGrant: 401 Unauthorized/);
      expect((error as Error).message).not.toContain(SECRET);
    }
    expect(seen.map((r) => r.url)).toEqual(["https://login.test/oauth/token", "https://login.test/oauth/token"]);
  });
});

describe("refresh and PKCE grants", () => {
  it("refreshes with the refresh token, then renews with the newest one", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { client, tokenRequests } = platform(3600);
    const auth = await client.refreshCodeAuthorizationGrant("code-client", SECRET, "refresh-0");
    expect(auth).toMatchObject({ accessToken: "token-1", refreshToken: "refresh-1" });
    vi.setSystemTime(Date.now() + 3600_000);
    await client.request(getRoom());
    const bodies = tokenRequests().map((r) => new URLSearchParams(r.body));
    expect(bodies.map((b) => [b.get("grant_type"), b.get("refresh_token")])).toEqual([
      ["refresh_token", "refresh-0"],
      ["refresh_token", "refresh-1"],
    ]);
  });

  it("authorizes a PKCE code without Basic auth", async () => {
    const { client, tokenRequests } = platform();
    await client.authorizePKCEGrant("pkce-client", "v".repeat(43), "the-code", "https://app.example/cb");
    const [request] = tokenRequests();
    expect(request?.headers.has("authorization")).toBe(false);
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({
      grant_type: "authorization_code",
      code: "the-code",
      code_verifier: "v".repeat(43),
      client_id: "pkce-client",
      redirect_uri: "https://app.example/cb",
    });
    await expect(client.request(getRoom())).resolves.toEqual({ bearer: "Bearer token-1" });
  });

  it("sends a login to the region's login host", async () => {
    const { fetch, seen } = scriptedFetch(json({ access_token: "t", expires_in: 60 }));
    await new ApiClient({ environment: "mypurecloud.ie", fetch }).loginClientCredentialsGrant("c", "s");
    expect(seen[0]?.url).toBe("https://login.mypurecloud.ie/oauth/token");
  });
});

describe("PKCE helpers", () => {
  it("generates verifiers of the asked length from the unreserved characters", () => {
    const client = new ApiClient();
    for (const length of [43, 64, 128]) {
      const verifier = client.generatePKCECodeVerifier(length);
      expect(verifier).toMatch(new RegExp(`^[A-Za-z0-9\\-._~]{${length}}$`));
    }
    expect(client.generatePKCECodeVerifier(128)).not.toBe(client.generatePKCECodeVerifier(128));
    expect(() => client.generatePKCECodeVerifier(42)).toThrow(/between 43 and 128/);
    expect(() => client.generatePKCECodeVerifier(129)).toThrow(/between 43 and 128/);
  });

  it("computes the RFC 7636 appendix B challenge", async () => {
    await expect(computePKCECodeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).resolves.toBe(
      "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    );
  });

  it("agrees with node:crypto on random verifiers", async () => {
    const client = new ApiClient();
    for (let i = 0; i < 5; i++) {
      const verifier = client.generatePKCECodeVerifier(43 + i * 20);
      const expected = createHash("sha256").update(verifier).digest("base64url");
      await expect(client.computePKCECodeChallenge(verifier)).resolves.toBe(expected);
    }
  });
});

describe("the access token stays secret", () => {
  const TOKEN = "very-secret-access-token";

  it("is absent from JSON.stringify, util.inspect, toString and errors", async () => {
    const logged: string[] = [];
    const logger = {
      log: (_level: string, message: string, fields: LogFields) => logged.push(message + JSON.stringify(fields)),
    };
    const { fetch } = scriptedFetch(json({ message: "nope" }, 403));
    const client = new ApiClient({
      basePath: "https://api.test",
      accessToken: TOKEN,
      fetch,
      logger,
      logLevel: "trace",
      logBodies: true,
    });
    const error = (await client.request(getRoom()).catch((e: unknown) => e)) as Error;
    const surfaces = [
      JSON.stringify(client),
      inspect(client, { showHidden: true, depth: 10 }),
      String(client),
      error.message,
      String(error.stack),
      inspect(error),
      ...logged,
    ];
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join()).toContain("[redacted]");
    for (const text of surfaces) expect(text).not.toContain(TOKEN);
  });

  it("keeps a logged-in token and the client secret out of logs, even with bodies logged", async () => {
    const logged: string[] = [];
    const logger = {
      log: (_level: string, message: string, fields: LogFields) => logged.push(message + JSON.stringify(fields)),
    };
    const { fetch } = scriptedFetch(json({ access_token: TOKEN, expires_in: 3600 }));
    const client = new ApiClient({
      loginBasePath: "https://login.test",
      fetch,
      logger,
      logLevel: "trace",
      logBodies: true,
    });
    await client.loginClientCredentialsGrant("my-client", SECRET);
    expect(logged.join()).toContain("access token obtained");
    const surfaces = [JSON.stringify(client), inspect(client, { showHidden: true, depth: 10 }), ...logged];
    for (const text of surfaces) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(btoa(`my-client:${SECRET}`));
    }
  });
});

describe("what the application did last wins", () => {
  it("between two logins, the one started last, even when it lands first", async () => {
    let calls = 0;
    const { fetch } = scriptedFetch(async (request) => {
      if (request.url.endsWith("/oauth/token")) {
        const n = ++calls;
        // The first login answers late.
        await new Promise((resolve) => setTimeout(resolve, n === 1 ? 60 : 1));
        return json({ access_token: `login-${n}`, expires_in: 3600 });
      }
      return json({ bearer: request.headers.get("authorization") });
    });
    const client = new ApiClient({
      basePath: "https://api.test",
      loginBasePath: "https://login.test",
      fetch,
    });
    const first = client.loginClientCredentialsGrant("a", SECRET);
    const second = client.loginClientCredentialsGrant("b", SECRET);
    await Promise.all([first, second]);
    await expect(client.request(getRoom())).resolves.toEqual({ bearer: "Bearer login-2" });
  });

  it("clearAccessToken during a login leaves the client without a token", async () => {
    const { fetch } = scriptedFetch(async (request) =>
      request.url.endsWith("/oauth/token")
        ? json({ access_token: "late", expires_in: 3600 })
        : json({ bearer: request.headers.get("authorization") }),
    );
    const client = new ApiClient({
      basePath: "https://api.test",
      loginBasePath: "https://login.test",
      fetch,
    });
    const login = client.loginClientCredentialsGrant("a", SECRET);
    client.clearAccessToken();
    await login;
    await expect(client.request(getRoom())).resolves.toEqual({ bearer: null });
  });
});
