import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRecordingServer, type RecordedRequest, type RecordingServer } from "./recording-server.js";
import { loadSdk, methodOf, type Sdk } from "./sdk-client.js";

// What purecloud-platform-client-v2@262.0.0 does that we take for bugs rather than contract.
// The wire suite tolerates the first four (tolerated-quirks.ts) and our client need not copy
// any of them; these tests pin them, so an SDK upgrade that changes one shows here.

let server: RecordingServer;
let sdk: Sdk;

beforeAll(async () => {
  server = await startRecordingServer();
  sdk = loadSdk(server.url);
});

afterAll(() => server?.close());

/** Calls an SDK operation the way a user would, as a method of its API class. */
function callSdk(className: string, operationId: string, args: readonly unknown[]): unknown {
  const apiClass = sdk.classes.get(className);
  const method = methodOf(apiClass, operationId);
  if (!apiClass || !method) throw new Error(`No ${className}.${operationId} in the SDK.`);
  return method.apply(new apiClass(sdk.client), [...args]);
}

async function requestOf(className: string, operationId: string, args: readonly unknown[]): Promise<RecordedRequest> {
  server.respondWith({ status: 200, contentType: undefined, body: "" });
  server.take();
  await callSdk(className, operationId, args);
  const [request] = server.take();
  if (!request) throw new Error(`${operationId} sent nothing.`);
  return request;
}

async function resolvedWith(body: string, contentType: string, call: () => unknown): Promise<unknown> {
  server.respondWith({ status: 200, contentType, body });
  return call();
}

describe("requests the SDK sends", () => {
  it("has a Content-Type on a GET without a body (a CORS preflight for every GET in a browser)", async () => {
    const request = await requestOf("ChatApi", "getChatsSettings", [{}]);
    expect(request.body.length).toBe(0);
    expect(request.headers["content-type"]).toBe("application/json");
  });

  it("sends a null optional query value as an empty one", async () => {
    const request = await requestOf("ChatApi", "getChatsRoomMessages", ["room", { limit: null }]);
    expect(request.query).toEqual([["limit", ""]]);
  });

  it("sends a null optional header as an empty header", async () => {
    const request = await requestOf("OAuthApi", "getOauthScopes", [{ acceptLanguage: null }]);
    expect(request.headers["accept-language"]).toBe("");
  });

  it("sends an empty array as an empty query value", async () => {
    const args = ["v", "d", "k", { expand: [] }];
    const request = await requestOf("KnowledgeApi", "getKnowledgeKnowledgebaseDocumentVariation", args);
    expect(request.query).toEqual([["expand", ""]]);
  });

  it("accepts a falsy body and then silently sends none, required or not", async () => {
    const required = await requestOf("ChatApi", "postChatsRoomMessages", ["room", ""]);
    const optional = await requestOf("ProcessAutomationApi", "postProcessautomationTriggerTest", ["t", { body: "" }]);
    for (const request of [required, optional]) {
      expect(request.body.length).toBe(0);
      expect(request.headers["content-type"]).toBe("application/json");
    }
  });

  it("writes Dates with toJSON in query values and in arrays (a contract, not a bug)", async () => {
    const when = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678));
    const request = await requestOf("TelephonyApi", "getTelephonySiptraces", [when, when, { callId: "c" }]);
    expect(request.query).toContainEqual(["dateStart", "2026-01-02T03:04:05.678Z"]);
    const args = ["v", "d", "k", { expand: [when, when] }];
    const listed = await requestOf("KnowledgeApi", "getKnowledgeKnowledgebaseDocumentVariation", args);
    expect(listed.query).toEqual([["expand", "2026-01-02T03:04:05.678Z,2026-01-02T03:04:05.678Z"]]);
  });
});

describe("values the SDK resolves", () => {
  it("resolves undefined when the JSON body is falsy (a limit of 0, an empty string)", async () => {
    const limit = () => callSdk("AuthorizationApi", "getAuthorizationDivisionsLimit", [{}]);
    expect(await resolvedWith("0", "application/json", limit)).toBeUndefined();
    expect(await resolvedWith("7", "application/json", limit)).toBe(7);
  });

  it("parses a text/plain body that happens to be JSON (axios' forcedJSONParsing)", async () => {
    const template = () => callSdk("IntegrationsApi", "getIntegrationsActionTemplate", ["a", "f", {}]);
    expect(await resolvedWith('{"id":"${input.id}"}', "text/plain", template)).toEqual({
      id: "${input.id}",
    });
    expect(await resolvedWith("42", "text/plain", template)).toBe(42);
    expect(await resolvedWith("Hello ${input.name}", "text/plain", template)).toBe("Hello ${input.name}");
  });
});

describe("how the SDK reports a missing argument", () => {
  it("throws a string, synchronously, instead of rejecting with an Error", () => {
    let thrown: unknown;
    try {
      callSdk("ChatApi", "getChatsRoom", [undefined, {}]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBe('Missing the required parameter "roomJid" when calling getChatsRoom');
  });
});
