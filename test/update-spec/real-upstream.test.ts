import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { convertUpstream } from "../../generator/convert/convert-upstream.js";
import { serializeSpecYaml } from "../../generator/update-spec/serialize-yaml.js";
import type { JsonObject } from "../../generator/lib/json.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const readText = (path: string): string => readFileSync(`${repoRoot}${path}`, "utf8");
const readJson = (path: string): JsonObject => JSON.parse(readText(path)) as JsonObject;
const upstream = readJson("spec/upstream/genesys-chat.swagger.json");
const seedEra = readJson("test/fixtures/upstream/genesys-chat-seed-era.swagger.json");

/** Every operation of a document as [path, method, operation]. */
function operations(document: JsonObject): [string, string, JsonObject][] {
  return Object.entries(document.paths as JsonObject).flatMap(([path, item]) =>
    Object.entries(item as JsonObject)
      .filter(([method]) => ["get", "put", "post", "delete", "patch"].includes(method))
      .map(([method, operation]) => [path, method, operation as JsonObject] as [string, string, JsonObject]),
  );
}

const schemasOf = (document: JsonObject): JsonObject => (document.components as JsonObject).schemas as JsonObject;

describe("converting the real Genesys upstream", () => {
  const converted = convertUpstream(upstream, ["Chat"]);

  it("keeps all 34 operations and exactly the 27 schemas they reach", () => {
    expect(converted.diagnostics).toEqual([]);
    expect(operations(converted.document)).toHaveLength(34);
    expect(Object.keys(schemasOf(converted.document)).sort()).toEqual(
      Object.keys(upstream.definitions as JsonObject).sort(),
    );
  });

  it("keeps the template-identical paths as separate path items", () => {
    const paths = Object.keys(converted.document.paths as JsonObject);
    expect(paths).toContain("/api/v2/chats/rooms/{roomJid}/messages/{messageIds}");
    expect(paths).toContain("/api/v2/chats/rooms/{roomJid}/messages/{messageId}");
    expect(paths).toContain("/api/v2/chats/rooms/{roomJid}/participants/{participantJid}");
    expect(paths).toContain("/api/v2/chats/rooms/{roomJid}/participants/{userId}");
    expect(paths).toContain("/api/v2/chats/users/{userId}/messages/{messageIds}");
    expect(paths).toContain("/api/v2/chats/users/{userId}/messages/{messageId}");
  });

  it("keeps every vendor extension of every operation", () => {
    const upstreamOps = new Map(operations(upstream).map(([path, method, op]) => [`${method} ${path}`, op]));
    for (const [path, method, operation] of operations(converted.document)) {
      const original = upstreamOps.get(`${method} ${path}`)!;
      const extensions = Object.keys(original).filter((key) => key.startsWith("x-"));
      for (const key of extensions) expect(operation[key], `${method} ${path} ${key}`).toEqual(original[key]);
    }
    const withoutPermissions = operations(converted.document).filter(([, , op]) => !op["x-inin-requires-permissions"]);
    expect(withoutPermissions.map(([, , op]) => op.operationId).sort()).toEqual([
      "deleteChatsUsersMeSettings",
      "getChatsRoomParticipant",
      "getChatsUsersMeSettings",
      "patchChatsUsersMeSettings",
      "postChatsUsersMeSettings",
    ]);
  });

  it("keeps the description beside a $ref by wrapping the reference in allOf", () => {
    const message = schemasOf(converted.document).ChatMessageResponse as JsonObject;
    expect((message.properties as JsonObject).thread).toEqual({
      description: "The id for a thread this message corresponds to",
      allOf: [{ $ref: "#/components/schemas/Entity" }],
    });
  });

  it("turns each body parameter into a required JSON request body", () => {
    const [, , postRooms] = operations(converted.document).find(([, , op]) => op.operationId === "postChatsRooms")!;
    expect(postRooms.parameters).toBeUndefined();
    expect(postRooms.requestBody).toEqual({
      description: "Room properties",
      required: true,
      content: {
        "application/json": { schema: { $ref: "#/components/schemas/CreateRoomRequest" } },
      },
    });
  });

  it("shares the twelve identical error responses through components/responses", () => {
    const responses = (converted.document.components as JsonObject).responses as JsonObject;
    expect(Object.keys(responses)).toHaveLength(12);
    expect(responses.TooManyRequests).toMatchObject({
      description: "Rate limit exceeded the maximum. Retry the request in [%s] seconds",
    });
    for (const [, , operation] of operations(converted.document)) {
      expect((operation.responses as JsonObject)["429"]).toEqual({
        $ref: "#/components/responses/TooManyRequests",
      });
    }
  });

  it("serialises byte-identically twice, and matches the committed spec/chat.openapi.yaml", () => {
    const first = serializeSpecYaml(convertUpstream(upstream, ["Chat"]).document);
    const second = serializeSpecYaml(
      convertUpstream(readJson("spec/upstream/genesys-chat.swagger.json"), ["Chat"]).document,
    );
    expect(second).toBe(first);
    expect(readText("spec/chat.openapi.yaml")).toBe(first);
  });

  it("writes a fixed header, LF newlines and no machine paths", () => {
    const text = serializeSpecYaml(converted.document);
    expect(text.startsWith("# Generated by `chatgen update-spec`")).toBe(true);
    expect(text).not.toContain("\r");
    expect(text).not.toMatch(/\/(tmp|home|work|Users)\//);
    expect(text.endsWith("\n")).toBe(true);
  });
});

describe("converting the seed-era upstream", () => {
  const converted = convertUpstream(seedEra, ["Chat"]);

  it("keeps its 32 operations and 25 schemas, with the preview flags", () => {
    expect(converted.operationCount).toBe(32);
    expect(Object.keys(schemasOf(converted.document))).toHaveLength(25);
    const previews = operations(converted.document).filter(([, , op]) => op["x-genesys-preview"] === true);
    expect(previews).toHaveLength(7);
  });

  it("differs from the current spec in a diff a reviewer can read", () => {
    const current = serializeSpecYaml(convertUpstream(upstream, ["Chat"]).document).split("\n");
    const older = new Set(serializeSpecYaml(converted.document).split("\n"));
    const added = current.filter((line) => !older.has(line));
    // Two new operations, two new schemas and two query parameters; not a rewrite.
    expect(added.length).toBeGreaterThan(0);
    expect(added.length).toBeLessThan(current.length / 10);
  });
});
