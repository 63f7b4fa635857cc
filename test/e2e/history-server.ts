import { historyPage, type HistoryRules, type Message } from "../runtime/fake-history.js";
import { reply, startFaultServer, type FaultServer } from "./fault-server.js";

export const ROOM = "history@conference.example.com";
const PATH = `/api/v2/chats/rooms/${encodeURIComponent(ROOM)}/messages`;

/** A chat room's history behind a real HTTP server, paged by `before`/`after`/`limit`. */
export interface HistoryServer {
  readonly url: string;
  /** The query of every request, in order. */
  readonly queries: URLSearchParams[];
  close(): Promise<void>;
}

/**
 * Serves `messages` (which the test may append to while a walk runs) under `rules`;
 * `beforeEachPage` runs before each answer, to insert messages mid-walk.
 */
export async function startHistoryServer(
  messages: Message[],
  rules: HistoryRules,
  beforeEachPage: (page: number) => void = () => undefined,
): Promise<HistoryServer> {
  const queries: URLSearchParams[] = [];
  const server: FaultServer = await startFaultServer({
    [PATH]: (request, response, hit) => {
      const query = new URLSearchParams(request.url.split("?")[1] ?? "");
      queries.push(query);
      beforeEachPage(hit);
      const page = historyPage(
        messages,
        {
          before: query.get("before"),
          after: query.get("after"),
          limit: query.get("limit"),
        },
        rules,
      );
      reply(200, { entities: page, pageSize: page.length })(request, response, hit);
    },
  });
  return { url: server.url, queries, close: () => server.close() };
}
