import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the fault server saw it, body included. */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

/** Answers one request; `hit` counts the requests this route has seen, from 1. */
export type FaultHandler = (request: ReceivedRequest, response: ServerResponse, hit: number) => void;

export interface FaultServer {
  /** Base URL, such as http://127.0.0.1:54321. */
  readonly url: string;
  /** Requests received per path (without query), in order. */
  received(path: string): ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a real HTTP server on 127.0.0.1 with a random port. Routes are matched
 * on the path without query; any other path echoes the request back as JSON.
 */
export async function startFaultServer(routes: Record<string, FaultHandler>): Promise<FaultServer> {
  const log = new Map<string, ReceivedRequest[]>();
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const request = {
        method: incoming.method ?? "",
        url: incoming.url ?? "",
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString(),
      };
      const path = request.url.split("?")[0] ?? "";
      const seen = log.get(path) ?? [];
      seen.push(request);
      log.set(path, seen);
      (routes[path] ?? echo)(request, response, seen.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received: (path) => log.get(path) ?? [],
    close: () =>
      new Promise<void>((resolve) => {
        // Slow routes may still hold sockets open; a test run must not wait for them.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Replies with JSON. */
export function reply(status: number, body: unknown, headers: Record<string, string> = {}): FaultHandler {
  return (_request, response) => {
    response.writeHead(status, { "content-type": "application/json", ...headers });
    response.end(JSON.stringify(body));
  };
}

/** Replies with exactly these bytes and content type. */
export function raw(status: number, contentType: string, text: string): FaultHandler {
  return (_request, response) => {
    response.writeHead(status, { "content-type": contentType });
    response.end(text);
  };
}

/** Waits before replying, to provoke client timeouts. */
export function slow(delayMs: number, then: FaultHandler): FaultHandler {
  return (request, response, hit) => {
    const timer = setTimeout(() => then(request, response, hit), delayMs);
    response.on("close", () => clearTimeout(timer));
  };
}

/** Drops the connection without a response, as a crashed server or proxy would. */
export const reset: FaultHandler = (_request, response) => {
  response.socket?.destroy();
};

/** Plays the handlers in order, one per hit; the last one repeats. */
export function sequence(...handlers: FaultHandler[]): FaultHandler {
  return (request, response, hit) => {
    const handler = handlers[Math.min(hit, handlers.length) - 1];
    handler?.(request, response, hit);
  };
}

function echo(request: ReceivedRequest, response: ServerResponse): void {
  reply(200, request)(request, response, 1);
}

/** Sends the headers and part of a JSON body, then drops the connection mid-body. */
export const resetMidBody: FaultHandler = (_request, response) => {
  response.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
  response.write('{"id": "room-1", "name": "half a bo');
  // Let the partial body reach the client before the reset.
  setTimeout(() => response.socket?.destroy(), 20);
};
