import { describe, expect, it } from "vitest";
import {
  canonicalRef,
  escapeSegment,
  pointerJoin,
  pointerSegments,
  resolvePointer,
  toPointer,
  unescapeSegment,
} from "../../generator/lib/json-pointer.js";

describe("escapeSegment / unescapeSegment", () => {
  const cases: [name: string, { given: string; escaped: string }][] = [
    ["a plain name", { given: "Room", escaped: "Room" }],
    ["a path", { given: "/api/v2/rooms", escaped: "~1api~1v2~1rooms" }],
    ["a tilde", { given: "a~b", escaped: "a~0b" }],
    ["a tilde before a slash", { given: "~/", escaped: "~0~1" }],
    ["a literal ~1", { given: "~1", escaped: "~01" }],
    ["a percent sign", { given: "100%", escaped: "100%" }],
  ];
  it.each(cases)("round-trips %s", (_, { given, escaped }) => {
    expect(escapeSegment(given)).toBe(escaped);
    expect(unescapeSegment(escaped)).toBe(given);
  });

  it.each([
    ["percent-encoding in a $ref", "a%20b", "a b"],
    ["a bare percent sign, as in a schema named 100%", "100%", "100%"],
    ["a percent sign before non-hex", "%zz", "%zz"],
    ["an encoded slash", "a%2Fb", "a/b"],
  ])("reads %s", (_, raw, want) => expect(unescapeSegment(raw)).toBe(want));
});

describe("pointers", () => {
  it.each([
    ["the root", [], "#"],
    ["a path operation", ["paths", "/a/{b}", "get"], "#/paths/~1a~1{b}/get"],
    ["an array index", ["parameters", 0], "#/parameters/0"],
  ] as const)("builds %s", (_, segments, want) => {
    expect(toPointer(segments)).toBe(want);
    expect(pointerSegments(want)).toEqual(segments.map(String));
  });

  it("joins onto a base", () => expect(pointerJoin("#/paths", "/x", "get")).toBe("#/paths/~1x/get"));

  it.each([
    ["percent-encoded", "#/components/schemas/a%20b", "#/components/schemas/a b"],
    ["a bare percent", "#/components/schemas/100%", "#/components/schemas/100%"],
    ["not local", "other.yaml#/A", "other.yaml#/A"],
  ])("canonicalises a %s ref", (_, ref, want) => expect(canonicalRef(ref)).toBe(want));
});

describe("resolvePointer", () => {
  const document = { components: { schemas: { "100%": { type: "string" }, "a/b": 1 } }, list: [10, 20] };
  it.each([
    ["a schema named 100%", "#/components/schemas/100%", { type: "string" }],
    ["an escaped slash", "#/components/schemas/a~1b", 1],
    ["an array item", "#/list/1", 20],
    ["the whole document", "#", document],
    ["a missing key", "#/components/nope", undefined],
    ["an inherited key", "#/components/constructor", undefined],
    ["a non-index on an array", "#/list/length", undefined],
    ["a reference to another file", "a.yaml#/x", undefined],
  ])("resolves %s", (_, pointer, want) => expect(resolvePointer(document, pointer)).toEqual(want));
});
