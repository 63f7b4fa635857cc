import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Package from "../../generated/chat-client/src/index.js";
import { TMP_ROOT } from "../helpers/typecheck.js";
import { raw, reply, reset, slow, startFaultServer, type FaultServer } from "./fault-server.js";

type Build = typeof Package;
const { GenesysCloudError } = Package;
const ROOMS = "/api/v2/chats/rooms";
let server: FaultServer;

beforeAll(async () => {
  server = await startFaultServer({
    [`${ROOMS}/missing`]: reply(404, { message: "no room", code: "not.found" }, { "inin-correlation-id": "c-404" }),
    [`${ROOMS}/reset`]: reset,
    [`${ROOMS}/slow`]: slow(1_000, reply(200, {})),
    [`${ROOMS}/garbled`]: raw(200, "application/json", "{"),
  });
});
afterAll(() => server.close());

function chat(build: Build = Package): Package.ChatApi {
  const client = new build.ApiClient({
    basePath: server.url,
    accessToken: "t",
    retry: { maxRetries: 0 },
  });
  return new build.ChatApi(client);
}

const failure = (promise: Promise<unknown>): Promise<unknown> => promise.catch((e: unknown) => e);

describe("one error family", () => {
  it.each([
    ["ApiError (404)", () => chat().getChatsRoom("missing"), Package.NotFoundError, 1],
    ["ConnectionError", () => chat().getChatsRoom("reset"), Package.ConnectionError, 1],
    ["TimeoutError", () => chat().getChatsRoom("slow", {}, { timeoutMs: 50 }), Package.TimeoutError, 1],
    [
      "RequestAbortedError",
      () => chat().getChatsRoom("slow", {}, { signal: AbortSignal.abort() }),
      Package.RequestAbortedError,
      0,
    ],
    ["ResponseParseError", () => chat().getChatsRoom("garbled"), Package.ResponseParseError, 1],
    ["ArgumentError", () => chat().getChatsRoom(""), Package.ArgumentError, 0],
  ])("%s is a GenesysCloudError with operation id and attempts", async (_name, call, ErrorClass, attempts) => {
    const error = (await failure(call())) as Package.GenesysCloudError;
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(GenesysCloudError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ operationId: "getChatsRoom", attempts });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      operationId: "getChatsRoom",
      attempts,
      name: error.name,
    });
  });

  it("reads the correlation id and the platform's error code in one place", async () => {
    const error = (await failure(chat().getChatsRoom("missing"))) as Package.NotFoundError;
    expect(error).toMatchObject({ correlationId: "c-404", code: "not.found", status: 404 });
    expect(error).not.toBeInstanceOf(Package.ConnectionError);
  });
});

describe("instanceof across the CommonJS and ESM builds", () => {
  let cjs: Build;
  let esm: Build;

  beforeAll(async () => {
    const dir = join(TMP_ROOT, "dual-package");
    await mkdir(dir, { recursive: true });
    const entry = join(import.meta.dirname, "..", "..", "generated", "chat-client", "src", "index.ts");
    const common = {
      entryPoints: [entry],
      bundle: true,
      platform: "node" as const,
      logLevel: "silent" as const,
    };
    await build({ ...common, format: "cjs", outfile: join(dir, "index.cjs") });
    await build({ ...common, format: "esm", outfile: join(dir, "index.mjs") });
    cjs = createRequire(import.meta.url)(join(dir, "index.cjs")) as Build;
    esm = (await import(pathToFileURL(join(dir, "index.mjs")).href)) as Build;
  }, 60_000);

  it("are two copies of the classes", () => {
    expect(cjs.NotFoundError).not.toBe(esm.NotFoundError);
  });

  it.each([
    ["CommonJS", "ESM"],
    ["ESM", "CommonJS"],
  ])("an error thrown by the %s build is an instance of the %s build's classes", async (from, _to) => {
    const [thrower, checker] = from === "CommonJS" ? [cjs, esm] : [esm, cjs];
    const notFound = await failure(chat(thrower).getChatsRoom("missing"));
    expect(notFound).toBeInstanceOf(checker.NotFoundError);
    expect(notFound).toBeInstanceOf(checker.ApiError);
    expect(notFound).toBeInstanceOf(checker.GenesysCloudError);
    expect(notFound).not.toBeInstanceOf(checker.ConflictError);
    expect(notFound).not.toBeInstanceOf(checker.ConnectionError);
    const timeout = await failure(chat(thrower).getChatsRoom("slow", {}, { timeoutMs: 50 }));
    expect(timeout).toBeInstanceOf(checker.TimeoutError);
    expect(timeout).toBeInstanceOf(checker.ConnectionError);
    expect(timeout).not.toBeInstanceOf(checker.ApiError);
  });

  it("leaves a caller's own subclass to ordinary prototype rules", () => {
    class MyError extends esm.ApiError {}
    const theirs = new cjs.NotFoundError({
      operationId: "x",
      status: 404,
      statusText: "Not Found",
      headers: new Headers(),
      body: undefined,
      text: "",
      attempts: 1,
    });
    expect(theirs).not.toBeInstanceOf(MyError);
    expect(theirs).toBeInstanceOf(esm.ApiError);
  });
});
