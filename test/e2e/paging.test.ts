import { afterEach, describe, expect, it } from "vitest";
import {
  ApiClient,
  iterateChatsRoomMessages,
  type ChatMessageResponse,
} from "../../generated/chat-client/src/index.js";
import { history, type HistoryRules, type Message } from "../runtime/fake-history.js";
import { ROOM, startHistoryServer, type HistoryServer } from "./history-server.js";

let server: HistoryServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function walk(
  messages: Message[],
  rules: HistoryRules,
  opts: { after?: string; limit?: string } = {},
  beforeEachPage?: (page: number) => void,
): Promise<ChatMessageResponse[]> {
  server = await startHistoryServer(messages, rules, beforeEachPage);
  const client = new ApiClient({ basePath: server.url, accessToken: "token" });
  const seen: ChatMessageResponse[] = [];
  for await (const message of iterateChatsRoomMessages(client, ROOM, opts)) seen.push(message);
  return seen;
}

const idsOf = (list: readonly { id?: string }[]): string[] => list.map((m) => m.id ?? "").sort();
const shifted = (list: Message[], prefix: string, startMs: number, perTimestamp = 1): Message[] =>
  history(list.length, perTimestamp, startMs).map((m) => ({ ...m, id: `${prefix}${m.id}` }));

describe.each([
  ["exclusive", false],
  ["inclusive", true],
])("iterateChatsRoomMessages against a %s server, over a socket", (_name, inclusive) => {
  const rules: HistoryRules = { inclusive, pageSize: 10, maxLimit: 100 };

  it("yields all 35 messages once when three share each timestamp, ten per page", async () => {
    const messages = history(35, 3);
    const seen = await walk(messages, rules, { limit: "10" });
    expect(seen).toHaveLength(35);
    expect(idsOf(seen)).toEqual(idsOf(messages));
  });

  it("yields every message when a whole page, and more, shares one timestamp", async () => {
    const messages = [
      ...history(7),
      ...shifted(history(25), "same-", Date.UTC(2024, 5, 1), 25),
      ...shifted(history(8), "late-", Date.UTC(2024, 6, 1)),
    ];
    const seen = await walk(messages, rules);
    expect(idsOf(seen)).toEqual(idsOf(messages));
    expect(seen).toHaveLength(40);
  });

  it("walks forward from after, picking up messages that arrive meanwhile, each once", async () => {
    const messages = history(30, 3);
    const arrivals = shifted(history(6), "new-", Date.UTC(2025, 0, 1), 2);
    const after = new Date(Date.UTC(2023, 0, 1)).toISOString();
    const seen = await walk(messages, rules, { after }, (page) => {
      if (page <= arrivals.length / 2) messages.push(...arrivals.slice((page - 1) * 2, page * 2));
    });
    expect(idsOf(seen)).toEqual(idsOf(messages));
    expect(seen).toHaveLength(36);
  });

  it("walks backward past messages that arrive meanwhile, yielding the old ones exactly once", async () => {
    const messages = history(33, 3);
    const original = idsOf(messages);
    const seen = await walk(messages, rules, {}, (page) => {
      messages.push(...shifted(history(2), `p${page}-`, Date.UTC(2025, 0, page), 2));
    });
    const ids = seen.map((m) => m.id ?? "");
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith("m")).sort()).toEqual(original);
  });
});

describe("iterateChatsRoomMessages always stops", () => {
  it("on a timestamp holding more messages than the server's largest page", async () => {
    const messages = [...history(4), ...shifted(history(40), "same-", Date.UTC(2024, 5, 1), 40)];
    const seen = await walk(messages, { inclusive: true, pageSize: 10, maxLimit: 10 });
    const ids = seen.map((m) => m.id ?? "");
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith("m"))).toHaveLength(4);
    expect(server?.queries.length).toBeLessThan(15);
  });
});
