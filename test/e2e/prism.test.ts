import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApi } from "../../generator/ir/build-api.js";
import { loadSpec } from "../../generator/load/load-spec.js";
import {
  ApiClient,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ChatApi,
  UnprocessableEntityError,
  type ApiResponse,
  type CreateRoomRequest,
} from "../../generated/chat-client/src/index.js";
import { invoke, validCall, type OperationCall } from "./operation-call.js";
import { startPrism, type PrismServer } from "./prism-server.js";
import { shapeProblems } from "./schema-shape.js";
import { successResponseSchema } from "./spec-schema.js";

// Prism validates against the same spec the client is generated from.
const SPEC_PATH = fileURLToPath(new URL("../../spec/chat.openapi.yaml", import.meta.url));
const EXPECTED_OPERATION_COUNT = 34;
const ROOM_JID = "adhoc-1@conference.example.com/x";

const { document } = await loadSpec(SPEC_PATH);
const operations = buildApi(document).api.resources.flatMap((resource) => resource.operations);

let prism: PrismServer;
let chat: ChatApi;

beforeAll(async () => {
  prism = await startPrism({ specPath: SPEC_PATH });
  chat = new ChatApi(new ApiClient({ basePath: prism.url, accessToken: "prism-token" }));
});

afterAll(async () => {
  await prism?.stop();
});

/** Sends the call; a rejection names what Prism objected to (its `sl-violations` header). */
async function sendThroughPrism(call: OperationCall): Promise<ApiResponse<unknown>> {
  try {
    return await invoke(chat, call).withHttpInfo();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    throw new Error(
      `Prism rejected ${call.methodName}: ${error.message}; violations: ${error.headers.get("sl-violations")}`,
    );
  }
}

describe("every generated operation against a Prism mock of the spec", () => {
  it(`covers all ${EXPECTED_OPERATION_COUNT} operations of the spec, each with its own method`, () => {
    const names = operations.map((op) => op.methodName);
    expect(names).toHaveLength(EXPECTED_OPERATION_COUNT);
    expect(new Set(names).size).toBe(EXPECTED_OPERATION_COUNT);
    for (const name of names) expect(typeof (chat as unknown as Record<string, unknown>)[name]).toBe("function");
  });

  it.each(operations.map((op) => [op.methodName, op] as const))(
    "%s sends a request Prism accepts and resolves with the documented shape",
    async (_name, op) => {
      const response = await sendThroughPrism(validCall(document, op));
      expect(response.status).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(300);
      // Prism lists every violation it saw, warnings included, in this header.
      expect(response.headers.get("sl-violations")).toBeNull();
      const schema = successResponseSchema(document, op);
      if (schema) {
        expect(response.data).toBeDefined();
        expect(shapeProblems({ document, schema, value: response.data })).toEqual([]);
      } else {
        expect(response.data).toBeUndefined();
      }
    },
  );
});

describe("Prism and paths that differ only in their parameter name", () => {
  // `/rooms/{roomJid}/messages/{messageIds}` (GET) and `/rooms/{roomJid}/messages/{messageId}`
  // (PATCH, DELETE) are the same template to a router; the method has to pick the operation.
  it("routes GET, PATCH and DELETE on the same URL to three different operations", async () => {
    const listing = await chat.getChatsRoomMessage(ROOM_JID, "m1,m2");
    const edited = await chat.patchChatsRoomMessage(ROOM_JID, "m1", { message: "edited" });
    const deleted = await chat.deleteChatsRoomMessage(ROOM_JID, "m1").withHttpInfo();
    expect(Array.isArray(listing.entities)).toBe(true);
    expect(edited).toEqual({ id: expect.any(String) });
    expect(deleted.status).toBe(204);
  });
});

describe("requests that break the spec", () => {
  // Prism answers an invalid request with the spec's 422, else its 400, else "default";
  // it makes up a 422 only when none is documented. Every chat operation documents 400.
  it("rejects a body without a required property as BadRequestError, naming the property", async () => {
    const incomplete = { description: "no subject" } as unknown as CreateRoomRequest;
    const error = await chat.postChatsRooms(incomplete).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).not.toBeInstanceOf(UnprocessableEntityError);
    expect(error).toMatchObject({ status: 400, operationId: "postChatsRooms" });
    expect((error as ApiError).headers.get("sl-violations")).toContain("required property 'subject'");
  });

  it("rejects a query parameter of the wrong type", async () => {
    const notBoolean = { notify: "sometimes" as unknown as boolean };
    const error = await chat.getChatsRoomParticipants(ROOM_JID, notBoolean).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as ApiError).headers.get("sl-violations")).toContain("notify");
  });

  it("rejects a call without a bearer token as AuthenticationError", async () => {
    const anonymous = new ChatApi(new ApiClient({ basePath: prism.url }));
    await expect(anonymous.getChatsSettings()).rejects.toBeInstanceOf(AuthenticationError);
  });
});
