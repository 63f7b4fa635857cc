import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PACKAGE } from "../../generator/index.js";
import { TMP_ROOT } from "../helpers/typecheck.js";
import { buildPackage, linkPackage } from "./build-package.js";

let bundle: string;
let fullBundle: string;

/** Bundles a program that imports the built package by name, minified, for the browser. */
async function bundleProgram(app: string, name: string, source: string): Promise<string> {
  const entry = join(app, `${name}.js`);
  await writeFile(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

beforeAll(async () => {
  const dir = await buildPackage("tree-shaking-build");
  const app = join(TMP_ROOT, "tree-shaking-app");
  await rm(app, { recursive: true, force: true });
  await mkdir(app, { recursive: true });
  await linkPackage(app, dir, DEFAULT_PACKAGE.name);
  const from = JSON.stringify(DEFAULT_PACKAGE.name);
  bundle = await bundleProgram(
    app,
    "one-call",
    [
      `import { ApiClient, getChatsRoom } from ${from};`,
      'const client = new ApiClient({ accessToken: "token" });',
      'getChatsRoom(client, "room@conference.example.test").then((room) => console.log(room.name));',
    ].join("\n"),
  );
  fullBundle = await bundleProgram(
    app,
    "whole-class",
    [
      `import { ApiClient, ChatApi } from ${from};`,
      'new ChatApi(new ApiClient({ accessToken: "token" })).getChatsRoom("room@conference.example.test").then(console.log);',
    ].join("\n"),
  );
}, 120_000);

describe("tree-shaking the built package", () => {
  it("keeps only the one operation a program calls", () => {
    const gzipped = gzipSync(bundle).length;
    console.log(
      `one-call bundle: ${bundle.length} bytes minified, ${gzipped} bytes gzipped (whole ChatApi: ${gzipSync(fullBundle).length} gzipped)`,
    );
    expect(bundle).toContain('"/api/v2/chats/rooms/{roomJid}"');
    expect(bundle).toContain('"getChatsRoom"');
    for (const unused of [
      "/api/v2/chats/rooms/{roomJid}/messages/pins",
      "/api/v2/chats/users/me/settings",
      "postChatsRoomMessages",
      "getChatsRoomMessages",
      "putChatsSettings",
    ]) {
      expect(bundle, unused).not.toContain(unused);
    }
  });

  it("drops the paging helper, which only the whole class pulls in", () => {
    expect(fullBundle).toContain("maxPages");
    expect(bundle).not.toContain("maxPages");
    // The runtime's ApiClient is shared; the other 33 operations are what the one-call program sheds.
    expect(bundle.length).toBeLessThan(fullBundle.length * 0.7);
  });
});
