import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSpec } from "../helpers/render.js";
import { writeTree } from "../helpers/typecheck.js";
import { type BrowserServer, startBrowserServer } from "./browser-server.js";

const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
// In CI a missing browser is a failure (.ci/run installs Debian's chromium); locally it is a skip.
const skip = !available && !process.env.CI;
if (skip) console.warn(`Skipping the browser test: ${CHROMIUM} is missing (apt-get install -y chromium).`);

/** What the page runs: a POST with a body, a GET, and a 404, through the browser's own fetch. */
const PROGRAM = `
import { ApiClient, ChatApi, NotFoundError } from "./src/index.js";

const api = new ChatApi(new ApiClient({ basePath: location.origin, accessToken: "browser-token" }));
try {
  const sent = await api.postChatsRoomMessages("room 1@conference.example.test", { message: "Hello from Chromium" });
  const room = await api.getChatsRoom("room-1@conference.example.test");
  const notFound = await api.getChatsRoom("missing@conference.example.test").then(
    () => "resolved",
    (error) => (error instanceof NotFoundError ? error.status + " " + error.body?.message : String(error)),
  );
  window.chatResult = { sentId: sent.id, roomName: room.name, notFound };
} catch (error) {
  window.chatResult = { error: String(error) };
}
`;

let server: BrowserServer;
let browser: Browser | undefined;

beforeAll(async () => {
  const { files } = await renderSpec(join("spec", "chat.openapi.yaml"));
  const dir = await writeTree("browser-app", files);
  await writeFile(join(dir, "app.ts"), PROGRAM);
  const bundle = await build({
    entryPoints: [join(dir, "app.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  server = await startBrowserServer(bundle.outputFiles[0]!.text);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(skip)("the client in headless Chromium", () => {
  it("calls a local chat endpoint and reports typed results and errors", async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(server.origin);
    await page.waitForFunction(() => "chatResult" in window, undefined, { timeout: 15_000 });
    const result = await page.evaluate(() => (window as unknown as { chatResult: unknown }).chatResult);

    expect(pageErrors).toEqual([]);
    expect(result).toEqual({ sentId: "message-1", roomName: "Release planning", notFound: "404 Room not found" });
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /api/v2/chats/rooms/room%201%40conference.example.test/messages",
      "GET /api/v2/chats/rooms/room-1%40conference.example.test",
      "GET /api/v2/chats/rooms/missing%40conference.example.test",
    ]);
    expect(server.seen[0]).toMatchObject({
      authorization: "Bearer browser-token",
      contentType: "application/json",
      body: JSON.stringify({ message: "Hello from Chromium" }),
    });
  }, 60_000);
});
