import { describe, expect, it } from "vitest";
import { operationDocs } from "../../generator/emit/operation-docs.js";
import { responseKey } from "../../generator/ir/response-key.js";
import { optionsToInterface } from "../../generator/emit/operation-extras.js";
import type { OperationDef, ResponseDef } from "../../generator/ir/types.js";
import { operation, param } from "./factory.js";

const NOT_FOUND: ResponseDef = { status: "404", description: "Not found.", type: { kind: "ref", name: "ErrorBody" } };
const CONFLICT: ResponseDef = { status: "409", description: "Taken.", type: { kind: "ref", name: "ErrorBody" } };
const COMMON = new Set([responseKey(NOT_FOUND)]);

/** The JSDoc of an operation as text: description, then one line per tag. */
function docsOf(op: OperationDef): string {
  const [doc] = operationDocs(op, COMMON);
  const tags = (doc!.tags ?? []).map((tag) => `@${tag.tagName}${tag.text ? ` ${String(tag.text)}` : ""}`);
  return [String(doc!.description), ...tags].join("\n");
}

describe("operationDocs", () => {
  const cases: [string, { given: OperationDef; want: string }][] = [
    [
      "summary, endpoint and the success response",
      {
        given: operation({
          responses: [{ status: "200", description: "The rooms.", type: { kind: "ref", name: "Room" } }, NOT_FOUND],
        }),
        want: "List rooms\n\n`GET /rooms`\n@returns The `Room` (200: The rooms.).",
      },
    ],
    [
      "only the responses other operations do not share",
      {
        given: operation({
          responses: [{ status: "204", description: "" }, NOT_FOUND, CONFLICT],
          result: { kind: "void" },
        }),
        want: "List rooms\n\n`GET /rooms`\n\nAlso fails with:\n- 409 `ErrorBody`: Taken.\n@returns Resolves when the request succeeds (204).",
      },
    ],
    [
      "preview and permissions",
      {
        given: operation({
          docs: { summary: "List rooms", preview: true, permissions: { type: "ALL", permissions: ["chat:room:view"] } },
        }),
        want: "List rooms\n\n`GET /rooms` (preview: subject to change)\n\nRequires ALL of these permissions: `chat:room:view`.\n@returns The `Room` (200: The rooms.).",
      },
    ],
    [
      "a parameter description that only restates the name is left out",
      {
        given: operation({
          pathParams: [
            param({ name: "roomJid", description: "roomJid" }),
            param({ name: "userId", description: "The user's id." }),
          ],
          positionalParams: [
            param({ name: "roomJid", description: "roomJid" }),
            param({ name: "userId", description: "The user's id." }),
          ],
        }),
        want: "List rooms\n\n`GET /rooms`\n@param userId - The user's id.\n@returns The `Room` (200: The rooms.).",
      },
    ],
    [
      "optional parameters under their opts keys; deprecated",
      {
        given: operation({
          queryParams: [
            param({
              name: "page.size",
              optionKey: "pageSize",
              location: "query",
              required: false,
              description: "How many.",
            }),
          ],
          docs: { summary: "List rooms", preview: false, deprecated: true },
        }),
        want: "List rooms\n\n`GET /rooms`\n@param opts.pageSize - How many.\n@returns The `Room` (200: The rooms.).\n@deprecated",
      },
    ],
    [
      "text that would end the comment or start a tag stays text",
      {
        given: operation({ docs: { summary: "Ends */ here @param x", preview: false } }),
        want: "Ends *\\/ here \\@param x\n\n`GET /rooms`\n@returns The `Room` (200: The rooms.).",
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(docsOf(given)).toBe(want);
  });
});

describe("optionsToInterface", () => {
  it("is the runtime's OperationOptions when the operation has no optional parameter", () => {
    expect(optionsToInterface(operation())).toMatchObject({ name: "GetRoomsOptions", type: "OperationOptions" });
  });

  it("extends OperationOptions with the optional parameters under their keys, and an optional body", () => {
    const options = optionsToInterface(
      operation({
        queryParams: [
          param({ name: "supportedContent.id", optionKey: "supportedContentId", location: "query", required: false }),
        ],
        body: { type: { kind: "ref", name: "Room" }, required: false, contentType: "application/json" },
      }),
    );
    expect(options).toMatchObject({ extends: ["OperationOptions"] });
    expect("properties" in options && options.properties!.map((p) => [p.name, p.type, p.hasQuestionToken])).toEqual([
      ["supportedContentId", "string", true],
      ["body", "Room", true],
    ]);
  });
});
