import { describe, expect, it } from "vitest";
import { ApiClient, PureCloudRegionHosts, normalizeEnvironment } from "../../templates/runtime/index.js";
import { getRoom, json, scriptedFetch, testClient } from "./fake-fetch.js";

describe("environment", () => {
  it.each([
    "mypurecloud.ie",
    "api.mypurecloud.ie",
    "https://api.mypurecloud.ie/",
    "http://api.mypurecloud.ie//",
    "https://mypurecloud.ie",
  ])("normalises %s to the region host", (given) => {
    expect(normalizeEnvironment(given)).toBe("mypurecloud.ie");
    const client = new ApiClient({ environment: given });
    expect(client.environment).toBe("mypurecloud.ie");
    expect(client.basePath).toBe("https://api.mypurecloud.ie");
  });

  it("defaults to mypurecloud.com and lets basePath win", () => {
    expect(new ApiClient().basePath).toBe("https://api.mypurecloud.com");
    expect(new ApiClient({ environment: "mypurecloud.de", basePath: "http://127.0.0.1:9/" }).basePath).toBe(
      "http://127.0.0.1:9",
    );
  });

  it("moves to another region with setEnvironment", () => {
    const client = new ApiClient({ basePath: "http://proxy" });
    client.setEnvironment(PureCloudRegionHosts.ap_southeast_2);
    expect(client.basePath).toBe("https://api.mypurecloud.com.au");
  });
});

describe("PureCloudRegionHosts", () => {
  it("lists the official SDK's regions", () => {
    expect(Object.keys(PureCloudRegionHosts)).toHaveLength(18);
    expect(PureCloudRegionHosts).toMatchObject({
      us_east_1: "mypurecloud.com",
      eu_west_1: "mypurecloud.ie",
      eu_central_1: "mypurecloud.de",
      us_east_2: "use2.us-gov-pure.cloud",
      eusc_de_east_1: "edee1.eusc-pure.cloud",
    });
    for (const host of Object.values(PureCloudRegionHosts)) expect(host).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
  });
});

describe("ApiPromise", () => {
  it("is a real Promise of the data", async () => {
    const { fetch } = scriptedFetch(json({ id: "r1" }));
    const call = testClient(fetch).request(getRoom());
    expect(call).toBeInstanceOf(Promise);
    await expect(call).resolves.toEqual({ id: "r1" });
  });

  it("raises no unhandled rejection when only withHttpInfo is awaited", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    const { fetch } = scriptedFetch(json({}, 404));
    await testClient(fetch)
      .request(getRoom())
      .withHttpInfo()
      .catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off("unhandledRejection", onUnhandled);
    expect(unhandled).toEqual([]);
  });
});

describe("hooks", () => {
  it("lets onRequest add headers and onResponse see each attempt", async () => {
    const { fetch, seen } = scriptedFetch(json({}, 503), json({ ok: true }));
    const statuses: Array<[number, number]> = [];
    const client = testClient(fetch, {
      onRequest: (context) => void (context.headers["x-attempt"] = String(context.attempt)),
      onResponse: (context) => void statuses.push([context.attempt, context.response.status]),
    });
    await client.request(getRoom());
    expect(seen.map((r) => r.headers.get("x-attempt"))).toEqual(["1", "2"]);
    expect(statuses).toEqual([
      [1, 503],
      [2, 200],
    ]);
  });
});
