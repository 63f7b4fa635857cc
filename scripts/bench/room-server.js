// The local server every client calls: GET /api/v2/chats/rooms/{roomJid}
// answers a small JSON Room. It runs in the bench process while each client
// runs in a child process, so the server's CPU never counts against a client.
import { createServer } from "node:http";

const ROOM_PATH = /^\/api\/v2\/chats\/rooms\/([^/?]+)$/;

/** The Room the server returns (also what the clients check they received). */
export function sampleRoom(jid) {
  return {
    id: jid,
    jid,
    name: "Release planning",
    description: "Weekly release planning room",
    dateCreated: "2026-11-21T09:00:00.000Z",
    roomType: "group",
    participantLimit: 50,
    owners: [
      {
        id: "5f1c0c44-8b6f-4c55-9d8e-0f3f4f0c1a2b",
        selfUri: "/api/v2/users/5f1c0c44-8b6f-4c55-9d8e-0f3f4f0c1a2b",
      },
    ],
    selfUri: `/api/v2/chats/rooms/${encodeURIComponent(jid)}`,
  };
}

/** Starts the server on 127.0.0.1 with a free port; resolves to { port, requests(), close() }. */
export function startRoomServer() {
  let handled = 0;
  const server = createServer((request, response) => {
    const match = request.method === "GET" ? ROOM_PATH.exec(request.url ?? "") : null;
    if (!match || request.headers.authorization !== "Bearer t") {
      response
        .writeHead(match ? 401 : 404, { "content-type": "application/json" })
        .end('{"message":"no"}');
      return;
    }
    handled++;
    const body = JSON.stringify(sampleRoom(decodeURIComponent(/** @type {string} */ (match[1]))));
    response.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    });
    response.end(body);
  });
  // Clients keep connections alive between calls; do not let the server cut them.
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
      resolve({
        port,
        requests: () => handled,
        close: () => {
          server.closeAllConnections();
          return new Promise((/** @type {(value?: unknown) => void} */ done) =>
            server.close(() => done()),
          );
        },
      });
    });
  });
}
