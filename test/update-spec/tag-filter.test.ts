import { describe, expect, it } from "vitest";
import { convertUpstream } from "../../generator/convert/convert-upstream.js";
import type { JsonObject } from "../../generator/lib/json.js";

const twoTags: JsonObject = {
  swagger: "2.0",
  info: { title: "Test", version: "v1" },
  tags: [{ name: "Chat" }, { name: "Users" }],
  paths: {
    "/chats": {
      get: {
        tags: ["Chat"],
        operationId: "getChats",
        responses: { "200": { description: "ok", schema: { $ref: "#/definitions/Chat" } } },
      },
    },
    "/users": {
      get: {
        tags: ["Users"],
        operationId: "getUsers",
        responses: { "200": { description: "ok", schema: { $ref: "#/definitions/User" } } },
      },
      post: {
        tags: ["Chat", "Users"],
        operationId: "postUsers",
        responses: { "204": { description: "done" } },
      },
    },
  },
  definitions: { Chat: { type: "object" }, User: { type: "object" } },
};

describe("the --tag filter", () => {
  it("keeps only Chat operations by default, with their schemas and tag", () => {
    const result = convertUpstream(twoTags, ["Chat"]);
    expect(result.operationCount).toBe(2);
    expect(Object.keys((result.document.paths as JsonObject)["/users"] as JsonObject)).toEqual(["post"]);
    expect(Object.keys((result.document.components as JsonObject).schemas as JsonObject)).toEqual(["Chat"]);
    expect(result.document.tags).toEqual([{ name: "Chat" }, { name: "Users" }]);
  });

  it("keeps another tag when asked", () => {
    const result = convertUpstream(twoTags, ["Users"]);
    expect(result.operationCount).toBe(2);
    expect(Object.keys(result.document.paths as JsonObject)).toEqual(["/users"]);
    expect(Object.keys((result.document.components as JsonObject).schemas as JsonObject)).toEqual(["User"]);
  });

  it("reports an error when no operation carries the tag", () => {
    const result = convertUpstream(twoTags, ["Billing"]);
    expect(result.diagnostics).toEqual([
      {
        severity: "error",
        code: "no-matching-operations",
        message: 'No operation in the upstream description is tagged "Billing".',
        specPointer: "#/paths",
      },
    ]);
  });
});
