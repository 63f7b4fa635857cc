import { describe, expect, it } from "vitest";
import { requestLiteral } from "../../generator/emit/request-literal.js";
import type { OperationDef } from "../../generator/ir/types.js";
import { NUMBER, operation, param } from "./factory.js";

/** The request object each operation hands to `client.request`, one member per line. */
describe("requestLiteral", () => {
  const cases: [string, { given: OperationDef; want: string[] }][] = [
    [
      "a bare GET",
      {
        given: operation(),
        want: [
          'operationId: "getRooms"',
          'method: "GET"',
          'path: "/rooms"',
          "headers: opts.customHeaders",
          'responseType: "json"',
        ],
      },
    ],
    [
      "a path parameter, shorthand when its identifier is its name",
      {
        given: operation({ pathTemplate: "/rooms/{roomJid}", pathParams: [param({ name: "roomJid" })] }),
        want: [
          'operationId: "getRooms"',
          'method: "GET"',
          'path: "/rooms/{roomJid}"',
          "pathParams: { roomJid }",
          "headers: opts.customHeaders",
          'required: ["roomJid"]',
          'responseType: "json"',
        ],
      },
    ],
    [
      "a path parameter that is not an identifier",
      {
        given: operation({
          pathTemplate: "/rooms/{room-jid}",
          pathParams: [param({ name: "room-jid", identifier: "roomJid" })],
        }),
        want: [
          'operationId: "getRooms"',
          'method: "GET"',
          'path: "/rooms/{room-jid}"',
          'pathParams: { "room-jid": roomJid }',
          "headers: opts.customHeaders",
          'required: ["room-jid"]',
          'responseType: "json"',
        ],
      },
    ],
    [
      "optional query parameters under their opts keys, a comma-joined array style",
      {
        given: operation({
          queryParams: [
            param({ name: "supportedContent.id", optionKey: "supportedContentId", location: "query", required: false }),
            param({
              name: "expand",
              location: "query",
              required: false,
              type: { kind: "array", items: NUMBER },
              queryStyle: "formNoExplode",
            }),
          ],
        }),
        want: [
          'operationId: "getRooms"',
          'method: "GET"',
          'path: "/rooms"',
          'query: { "supportedContent.id": opts.supportedContentId, expand: opts.expand }',
          'queryStyles: { expand: "formNoExplode" }',
          "headers: opts.customHeaders",
          'responseType: "json"',
        ],
      },
    ],
    [
      "a header parameter beside customHeaders",
      {
        given: operation({
          headerParams: [param({ name: "If-Match", optionKey: "ifMatch", location: "header", required: false })],
        }),
        want: [
          'operationId: "getRooms"',
          'method: "GET"',
          'path: "/rooms"',
          'headers: { "If-Match": opts.ifMatch, ...opts.customHeaders }',
          'responseType: "json"',
        ],
      },
    ],
    [
      "a required body, a string body that is JSON text, a text response",
      {
        given: operation({
          httpMethod: "POST",
          body: {
            type: { kind: "primitive", name: "string" },
            required: true,
            contentType: "application/json",
            jsonText: true,
          },
          result: { kind: "primitive", name: "string" },
          responseType: "text",
          accept: "text/plain",
        }),
        want: [
          'operationId: "getRooms"',
          'method: "POST"',
          'path: "/rooms"',
          "headers: opts.customHeaders",
          "body",
          "bodyIsJsonText: true",
          'required: ["body"]',
          'responseType: "text"',
          'accept: "text/plain"',
        ],
      },
    ],
    [
      "an optional form body",
      {
        given: operation({
          httpMethod: "POST",
          body: {
            type: { kind: "ref", name: "Form" },
            required: false,
            contentType: "application/x-www-form-urlencoded",
          },
        }),
        want: [
          'operationId: "getRooms"',
          'method: "POST"',
          'path: "/rooms"',
          "headers: opts.customHeaders",
          "body: opts.body",
          'contentType: "application/x-www-form-urlencoded"',
          'responseType: "json"',
        ],
      },
    ],
    [
      "spec text that tries to become code stays a string (quoted as prettier quotes it)",
      {
        given: operation({ operationId: 'x"; process.exit(1); "', pathTemplate: "/a/${b}" }),
        want: [
          "operationId: 'x\"; process.exit(1); \"'",
          'method: "GET"',
          'path: "/a/${b}"',
          "headers: opts.customHeaders",
          'responseType: "json"',
        ],
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(requestLiteral(given)).toEqual(want);
  });
});
