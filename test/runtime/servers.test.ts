import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiClient,
  ArgumentError,
  type ApiDescription,
  type ServerDescription,
} from "../../templates/runtime/index.js";
import { serverUrl } from "../../templates/runtime/servers.js";
import { getRoom, json, scriptedFetch } from "./fake-fetch.js";

afterEach(() => {
  vi.unstubAllGlobals();
});

const SERVERS: readonly ServerDescription[] = [
  {
    url: "https://{region}.api.example.com/{version}/",
    variables: { region: { default: "eu", enum: ["eu", "us"] }, version: { default: "v1" } },
  },
  { url: "https://sandbox.example.com" },
  { url: "/relative/v1" },
];

const describedBy = (servers: readonly ServerDescription[]): ApiDescription => ({
  servers,
  securitySchemes: {},
  security: [],
});

describe("serverUrl", () => {
  it.each([
    ["the first server with the defaults", 0, {}, "https://eu.api.example.com/v1"],
    ["a variable set, the others at their defaults", 0, { version: "v2" }, "https://eu.api.example.com/v2"],
    ["an allowed value", 0, { region: "us" }, "https://us.api.example.com/v1"],
    ["another server by index", 1, {}, "https://sandbox.example.com"],
    [
      "a server by its URL as the description writes it",
      "https://sandbox.example.com",
      {},
      "https://sandbox.example.com",
    ],
    ["a relative server, kept where there is no page", 2, {}, "/relative/v1"],
  ] as const)("resolves %s", (_name, choice, values, want) => {
    expect(serverUrl(SERVERS, choice, values)).toBe(want);
  });

  it.each([
    ["a value outside the enum", 0, { region: "mars" }, /"region" is "mars", not one of "eu", "us"/],
    [
      "a variable the server does not have",
      0,
      { colour: "red" },
      /has no variable "colour" \(it has: region, version\)/,
    ],
    [
      "an index past the end",
      3,
      {},
      /has no server 3 \(its servers: 0: .*; 2: \/relative\/v1\); for any other URL, set basePath/,
    ],
    ["a URL that is not one of them", "https://elsewhere.example", {}, /has no server "https:\/\/elsewhere.example"/],
  ] as const)("refuses %s with an ArgumentError", (_name, choice, values, message) => {
    expect(() => serverUrl(SERVERS, choice, values)).toThrow(ArgumentError);
    expect(() => serverUrl(SERVERS, choice, values)).toThrow(message);
  });

  it("resolves a relative server against the page in a browser", () => {
    vi.stubGlobal("location", { href: "https://app.example.org/console/index.html" });
    expect(serverUrl(SERVERS, 2)).toBe("https://app.example.org/relative/v1");
  });
});

describe("a client with an API description", () => {
  it("starts at the first server, and setServer moves it (basePath wins until then)", () => {
    const client = new ApiClient({ serverVariables: { region: "us" } }, describedBy(SERVERS));
    expect(client.basePath).toBe("https://us.api.example.com/v1");
    expect(client.environment).toBe("");
    client.setServer(1);
    expect(client.basePath).toBe("https://sandbox.example.com");
    const pinned = new ApiClient({ basePath: "http://127.0.0.1:9/" }, describedBy(SERVERS));
    expect(pinned.basePath).toBe("http://127.0.0.1:9");
  });

  it("has no regions", () => {
    expect(() => new ApiClient({ environment: "mypurecloud.ie" }, describedBy(SERVERS))).toThrow(
      /has servers, not regions/,
    );
    expect(() => new ApiClient({}, describedBy(SERVERS)).setEnvironment("mypurecloud.ie")).toThrow(ArgumentError);
  });

  it("refuses a call it cannot address, before sending: no server, or a relative one outside a browser", async () => {
    const { fetch, calls } = scriptedFetch(json({}));
    const none = new ApiClient({ fetch }, describedBy([]));
    await expect(none.request(getRoom())).rejects.toThrow(
      /getChatsRoom: the API description names no server; set basePath/,
    );
    const relative = new ApiClient({ fetch, server: 2 }, describedBy(SERVERS));
    await expect(relative.request(getRoom())).rejects.toThrow(/"\/relative\/v1" is relative/);
    expect(calls).not.toHaveBeenCalled();
  });

  it("leaves the Genesys client as it was: regions, and no servers to choose", () => {
    const client = new ApiClient();
    expect(client.basePath).toBe("https://api.mypurecloud.com");
    expect(() => client.setServer(0)).toThrow(/reaches regions, not the servers/);
  });
});
