import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiClient,
  ArgumentError,
  ChatApi,
  NotFoundError,
  RateLimitError,
  getChatsRoom,
} from "../../generated/chat-client/src/index.js";

interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

const ROOM_JID = "adhoc-1@conference.example.com/x";
const ENCODED_JID = "adhoc-1%40conference.example.com%2Fx";
const seen: SeenRequest[] = [];
let reply: (req: SeenRequest, res: ServerResponse) => void;
let server: Server;
let chat: ChatApi;

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const request = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
      seen.push(request);
      reply(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  chat = new ChatApi(new ApiClient({ basePath: `http://127.0.0.1:${port}`, accessToken: "secret-token" }));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  seen.length = 0;
});

describe("the generated ChatApi over a real socket", () => {
  it("sends GET with the room JID encoded as one path segment and the bearer token", async () => {
    reply = (_req, res) => json(res, 200, { id: "r1", jid: ROOM_JID, name: "Launch" });
    const room = await chat.getChatsRoom(ROOM_JID);
    expect(room).toEqual({ id: "r1", jid: ROOM_JID, name: "Launch" });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe("GET");
    expect(seen[0]!.url).toBe(`/api/v2/chats/rooms/${ENCODED_JID}`);
    expect(seen[0]!.headers.authorization).toBe("Bearer secret-token");
    expect(seen[0]!.headers.accept).toContain("application/json");
  });

  it("writes the optional query parameters it is given, and no others", async () => {
    reply = (_req, res) => json(res, 200, { entities: [] });
    await chat.getChatsRoomMessages(ROOM_JID, { limit: "25", before: "2026-11-01T00:00:00Z", excludeMetadata: true });
    const url = new URL(seen[0]!.url, "http://x");
    expect(url.pathname).toBe(`/api/v2/chats/rooms/${ENCODED_JID}/messages`);
    expect([...url.searchParams]).toEqual([
      ["limit", "25"],
      ["before", "2026-11-01T00:00:00Z"],
      ["excludeMetadata", "true"],
    ]);
  });

  it("posts a JSON body and returns the parsed response", async () => {
    reply = (_req, res) => json(res, 200, { id: "m1", jid: ROOM_JID });
    const sent = await chat.postChatsRoomMessages(ROOM_JID, { message: "Hello <b>&</b> 👋" });
    expect(sent).toEqual({ id: "m1", jid: ROOM_JID });
    expect(seen[0]!.method).toBe("POST");
    expect(seen[0]!.headers["content-type"]).toContain("application/json");
    expect(JSON.parse(seen[0]!.body)).toEqual({ message: "Hello <b>&</b> 👋" });
  });

  it("resolves undefined for 204 No Content", async () => {
    reply = (_req, res) => res.writeHead(204).end();
    await expect(chat.deleteChatsRoomMessage(ROOM_JID, "m/1")).resolves.toBeUndefined();
    expect(seen[0]!.method).toBe("DELETE");
    expect(seen[0]!.url).toBe(`/api/v2/chats/rooms/${ENCODED_JID}/messages/m%2F1`);
  });

  it("sends PATCH and PUT with their bodies, and customHeaders from opts", async () => {
    reply = (_req, res) => json(res, 200, { reactionsEnabled: true });
    await chat.patchChatsSettings({ reactionsEnabled: true }, { customHeaders: { "X-Trace": "t1" } });
    await chat.putChatsSettings({ reactionsEnabled: false });
    expect(seen.map((r) => [r.method, r.url, JSON.parse(r.body)])).toEqual([
      ["PATCH", "/api/v2/chats/settings", { reactionsEnabled: true }],
      ["PUT", "/api/v2/chats/settings", { reactionsEnabled: false }],
    ]);
    expect(seen[0]!.headers["x-trace"]).toBe("t1");
  });

  it("rejects a non-2xx with a typed error carrying status, ErrorBody and correlation id", async () => {
    const body = { message: "Room not found", code: "not.found", status: 404, contextId: "ctx" };
    reply = (_req, res) => json(res, 404, body, { "inin-correlation-id": "corr-42" });
    const error = await chat.getChatsRoom("missing").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, body, correlationId: "corr-42", operationId: "getChatsRoom" });
    expect(String(error)).not.toContain("secret-token");
  });

  it("gives status, headers and correlation id with withHttpInfo", async () => {
    reply = (_req, res) => json(res, 200, { id: "r1" }, { "inin-correlation-id": "corr-7" });
    const response = await chat.getChatsRoom(ROOM_JID).withHttpInfo();
    expect(response.status).toBe(200);
    expect(response.correlationId).toBe("corr-7");
    expect(response.data).toEqual({ id: "r1" });
  });

  it("rejects a missing required argument naming it and the method, sending nothing", async () => {
    const call = (chat.getChatsRoom as (jid?: string) => Promise<unknown>)(undefined);
    await expect(call).rejects.toBeInstanceOf(ArgumentError);
    await expect(call).rejects.toThrow(/roomJid.*getChatsRoom/);
    expect(seen).toHaveLength(0);
  });

  it("retries a GET after 429 with Retry-After, then succeeds", async () => {
    let calls = 0;
    reply = (_req, res) =>
      ++calls === 1 ? json(res, 429, { message: "slow down" }, { "retry-after": "0" }) : json(res, 200, { id: "r1" });
    const response = await chat.getChatsRoom(ROOM_JID).withHttpInfo();
    expect(response.attempts).toBe(2);
    expect(seen).toHaveLength(2);
  });

  it("does not retry a POST on 429 by default", async () => {
    reply = (_req, res) => json(res, 429, { message: "slow down" }, { "retry-after": "0" });
    await expect(chat.postChatsRoomMessages(ROOM_JID, { message: "x" })).rejects.toBeInstanceOf(RateLimitError);
    expect(seen).toHaveLength(1);
  });

  it("walks message history with the before cursor until it is exhausted", async () => {
    const history = [3, 2, 1].map((day) => ({ id: String(day), dateCreated: `2026-11-0${day}T00:00:00.000Z` }));
    // Newest first, before exclusive, `limit` per page.
    reply = (req, res) => {
      const query = new URL(req.url, "http://x").searchParams;
      const before = query.get("before") ?? "9999";
      json(res, 200, { entities: history.filter((m) => m.dateCreated < before).slice(0, Number(query.get("limit"))) });
    };
    const ids: string[] = [];
    for await (const message of chat.iterateChatsRoomMessages(ROOM_JID, { limit: "2" })) ids.push(message.id);
    expect(ids).toEqual(["3", "2", "1"]);
    const queries = seen.map((r) => new URL(r.url, "http://x").searchParams);
    expect(queries.every((q) => q.get("limit") === "2")).toBe(true);
    // The second page covers the oldest timestamp of the first, which may hold more messages.
    expect(queries[1]?.get("before")).toBe("2026-11-02T00:00:00.001Z");
    expect(queries.length).toBeLessThanOrEqual(6);
  });

  it("works through the standalone, tree-shakeable function too", async () => {
    reply = (_req, res) => json(res, 200, { id: "r9" });
    const client = new ApiClient({
      basePath: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      accessToken: "t",
    });
    await expect(getChatsRoom(client, "r9")).resolves.toEqual({ id: "r9" });
  });
});
