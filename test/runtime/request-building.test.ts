import { describe, expect, it } from "vitest";
import { ArgumentError } from "../../templates/runtime/index.js";
import { buildQuery } from "../../templates/runtime/url.js";
import { getRoom, json, postMessage, scriptedFetch, testClient } from "./fake-fetch.js";

describe("URL building", () => {
  it("encodes a room JID as one path segment", async () => {
    const { fetch, seen } = scriptedFetch(json({}));
    const jid = "adhoc-1@conference.example.com/x";
    await testClient(fetch).request(getRoom({ pathParams: { roomJid: jid } }));
    expect(seen[0]?.url).toBe(`https://api.test/api/v2/chats/rooms/${encodeURIComponent(jid)}`);
    expect(new URL(seen[0]?.url ?? "").pathname.split("/").at(-1)).toBe("adhoc-1%40conference.example.com%2Fx");
  });

  it("rejects dot segments that URL normalisation would climb out of", async () => {
    const { fetch, calls } = scriptedFetch(json({}));
    const call = testClient(fetch).request(getRoom({ pathParams: { roomJid: ".." } }));
    await expect(call).rejects.toBeInstanceOf(ArgumentError);
    expect(calls).not.toHaveBeenCalled();
  });

  it("joins basePath with or without a trailing slash", async () => {
    const { fetch, seen } = scriptedFetch(json({}));
    await testClient(fetch, { basePath: "http://gateway.local/prefix/" }).request(getRoom());
    expect(seen[0]?.url).toBe("http://gateway.local/prefix/api/v2/chats/rooms/room-1");
  });

  it("goes to the region's API host when only an environment is given", async () => {
    const { fetch, seen } = scriptedFetch(json({}));
    await testClient(fetch, {
      basePath: undefined,
      environment: "https://api.mypurecloud.de/",
    }).request(getRoom());
    expect(seen[0]?.url).toBe("https://api.mypurecloud.de/api/v2/chats/rooms/room-1");
  });
});

describe("query serialisation", () => {
  it("drops null and undefined, writes booleans and numbers as text", () => {
    expect(buildQuery({ limit: "25", before: undefined, after: null, excludeMetadata: true, page: 2 })).toBe(
      "limit=25&excludeMetadata=true&page=2",
    );
  });

  it("writes arrays per style", () => {
    const query = { ids: ["a b", "c|d"] };
    expect(buildQuery(query)).toBe("ids=a%20b&ids=c%7Cd");
    expect(buildQuery(query, { ids: "formNoExplode" })).toBe("ids=a%20b,c%7Cd");
    expect(buildQuery(query, { ids: "spaceDelimited" })).toBe("ids=a%20b%20c%7Cd");
    expect(buildQuery(query, { ids: "pipeDelimited" })).toBe("ids=a%20b|c%7Cd");
    expect(buildQuery({ ids: [] }, { ids: "pipeDelimited" })).toBe("");
  });

  it("spreads a deepObject parameter into name[key]=value pairs, nested keys nested, absent keys left out", () => {
    const filter = { near: "a&b", radius: 2, unit: undefined, box: { x: 1 }, tags: ["p", "q"] };
    expect(buildQuery({ filter, limit: 5 }, { filter: "deepObject" })).toBe(
      "filter%5Bnear%5D=a%26b&filter%5Bradius%5D=2&filter%5Bbox%5D%5Bx%5D=1&filter%5Btags%5D=p&filter%5Btags%5D=q&limit=5",
    );
    const params = new URLSearchParams(buildQuery({ filter }, { filter: "deepObject" }));
    expect(params.get("filter[near]")).toBe("a&b");
  });

  it("reaches the server as the values the caller passed", async () => {
    const { fetch, seen } = scriptedFetch(json({ entities: [] }));
    const before = "2024-01-01T00:00:00.000Z";
    await testClient(fetch).request(
      getRoom({ query: { limit: "10", before, excludeMetadata: false, after: undefined } }),
    );
    const params = new URL(seen[0]?.url ?? "").searchParams;
    expect([...params]).toEqual([
      ["limit", "10"],
      ["before", before],
      ["excludeMetadata", "false"],
    ]);
  });
});

describe("headers", () => {
  it("sends Accept, Content-Type, Authorization and lets later layers win", async () => {
    const { fetch, seen } = scriptedFetch(json({}));
    const client = testClient(fetch, {
      defaultHeaders: { "x-app": "default", "x-layer": "default" },
    });
    await client.request(
      { ...postMessage(), headers: { "x-layer": "operation", "x-skip": undefined } },
      { headers: { "x-call": "call" } },
    );
    const headers = seen[0]?.headers;
    expect(headers?.get("accept")).toBe("application/json");
    expect(headers?.get("content-type")).toBe("application/json");
    expect(headers?.get("authorization")).toBe("Bearer secret-token-123");
    expect(headers?.get("x-app")).toBe("default");
    expect(headers?.get("x-layer")).toBe("operation");
    expect(headers?.get("x-call")).toBe("call");
    expect(headers?.has("x-skip")).toBe(false);
  });

  it("sends no Authorization without a token, and asks a token function each call", async () => {
    const { fetch, seen } = scriptedFetch(json({}));
    await testClient(fetch, { accessToken: undefined }).request(getRoom());
    expect(seen[0]?.headers.has("authorization")).toBe(false);
    let n = 0;
    const client = testClient(fetch, { accessToken: async () => `token-${++n}` });
    await client.request(getRoom());
    await client.request(getRoom());
    expect(seen.slice(1).map((r) => r.headers.get("authorization"))).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  it("uses headers set after construction", async () => {
    const { fetch, seen } = scriptedFetch(json({}));
    const client = testClient(fetch);
    client.setDefaultHeaders({ "x-later": "yes" });
    client.setAccessToken("other-token");
    await client.request(getRoom());
    expect(seen[0]?.headers.get("x-later")).toBe("yes");
    expect(seen[0]?.headers.get("authorization")).toBe("Bearer other-token");
  });

  it("sends cookie parameters in one Cookie header, encoded, absent ones left out", async () => {
    const { fetch, seen } = scriptedFetch(json({}));
    const cookies = { theme: "dark mode", "a;b": "x=y", gone: undefined, none: null };
    await testClient(fetch).request(getRoom({ cookies }));
    expect(seen[0]?.headers.get("cookie")).toBe("theme=dark%20mode; a%3Bb=x%3Dy");
    await testClient(fetch).request(getRoom({ cookies: { gone: undefined } }));
    expect(seen[1]?.headers.has("cookie")).toBe(false);
  });

  it("refuses a cookie value that is not well-formed Unicode, sending nothing", async () => {
    const { fetch, calls } = scriptedFetch(json({}));
    const call = testClient(fetch).request(getRoom({ cookies: { theme: "\uD800" } }));
    await expect(call).rejects.toThrow(/Parameter "theme" of getChatsRoom is not well-formed Unicode/);
    expect(calls).not.toHaveBeenCalled();
  });
});

describe("request bodies", () => {
  it("sends JSON bodies as JSON", async () => {
    const { fetch, seen } = scriptedFetch(json({ id: "m1" }));
    await testClient(fetch).request(postMessage({ message: "héllo", mentions: ["u1"] }));
    expect(seen[0]?.method).toBe("POST");
    expect(JSON.parse(seen[0]?.body ?? "")).toEqual({ message: "héllo", mentions: ["u1"] });
  });

  it("sends form-urlencoded, multipart and raw bodies", async () => {
    const { fetch, seen } = scriptedFetch(json({}));
    const client = testClient(fetch);
    const op = postMessage();
    await client.request({
      ...op,
      contentType: "application/x-www-form-urlencoded",
      body: { a: "1 2", b: true, c: undefined },
    });
    expect(seen[0]?.body).toBe("a=1+2&b=true");
    expect(seen[0]?.headers.get("content-type")).toMatch(/^application\/x-www-form-urlencoded/);

    await client.request({
      ...op,
      contentType: "multipart/form-data",
      body: { file: new Blob(["abc"]), name: "f" },
    });
    expect(seen[1]?.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[1]?.body).toContain("abc");

    await client.request({ ...op, contentType: "text/plain", body: "raw text" });
    expect(seen[2]?.body).toBe("raw text");
    expect(seen[2]?.headers.get("content-type")).toBe("text/plain");
  });
});

describe("response bodies", () => {
  it("resolves JSON, text, binary and void", async () => {
    const { fetch } = scriptedFetch((request) =>
      request.method === "DELETE" ? new Response(null, { status: 204 }) : new Response('{"id":"r1"}'),
    );
    const client = testClient(fetch);
    await expect(client.request(getRoom())).resolves.toEqual({ id: "r1" });
    await expect(client.request(getRoom({ responseType: "text" }))).resolves.toBe('{"id":"r1"}');
    const binary = await client.request<ArrayBuffer>(getRoom({ responseType: "binary" }));
    expect(new TextDecoder().decode(binary)).toBe('{"id":"r1"}');
    await expect(client.request(getRoom({ method: "DELETE", responseType: "void" }))).resolves.toBeUndefined();
  });

  it("gives status, headers, correlation id and attempts through withHttpInfo", async () => {
    const { fetch } = scriptedFetch(json({ id: "r1" }, 201, { "inin-correlation-id": "corr-1" }));
    const info = await testClient(fetch).request(getRoom()).withHttpInfo();
    expect(info).toMatchObject({
      data: { id: "r1" },
      status: 201,
      correlationId: "corr-1",
      attempts: 1,
    });
    expect(info.headers.get("content-type")).toBe("application/json");
  });
});

describe("required arguments", () => {
  it.each([
    ["roomJid", getRoom({ pathParams: { roomJid: undefined } })],
    ["body", { ...postMessage(), body: undefined }],
  ])("rejects a missing %s before sending", async (name, op) => {
    const { fetch, calls } = scriptedFetch(json({}));
    const call = testClient(fetch).request(op);
    await expect(call).rejects.toThrow(
      new ArgumentError(op.operationId, `Missing the required parameter "${name}" when calling ${op.operationId}.`),
    );
    expect(calls).not.toHaveBeenCalled();
  });
});
