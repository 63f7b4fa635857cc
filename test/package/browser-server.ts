import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** One API request as the fake chat endpoint saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly body: string;
}

export interface BrowserServer {
  readonly origin: string;
  readonly seen: SeenRequest[];
  close(): Promise<void>;
}

const PAGE =
  '<!doctype html><meta charset="utf-8"><title>chat client</title><script type="module" src="/app.js"></script>';

/**
 * Serves the test page, the bundled program and a fake chat API from one origin on
 * 127.0.0.1, so the browser makes same-origin calls and CORS does not come into it.
 */
export async function startBrowserServer(appBundle: string): Promise<BrowserServer> {
  const seen: SeenRequest[] = [];
  const server = createServer((request, response) => {
    void handle(request, response, appBundle, seen);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, seen, close: () => close(server) };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  appBundle: string,
  seen: SeenRequest[],
): Promise<void> {
  const url = request.url ?? "/";
  if (url === "/") return send(response, 200, "text/html", PAGE);
  if (url === "/app.js") return send(response, 200, "text/javascript", appBundle);
  if (!url.startsWith("/api/")) return send(response, 404, "text/plain", "not found");
  let body = "";
  for await (const chunk of request) body += String(chunk);
  seen.push({
    method: request.method ?? "",
    url,
    authorization: request.headers.authorization,
    contentType: request.headers["content-type"],
    body,
  });
  if (request.method === "POST" && url.endsWith("/messages"))
    return send(response, 200, "application/json", '{"id":"message-1"}');
  if (url.includes("missing"))
    return send(response, 404, "application/json", '{"message":"Room not found","status":404}');
  return send(response, 200, "application/json", '{"id":"room-1","name":"Release planning"}');
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { "content-type": contentType }).end(body);
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
