import { describe, expect, it } from "vitest";
import { wellFormed } from "../../generator/lib/text.js";
import { compareCodeUnits } from "../../generator/lib/compare.js";
import { asArray, asObject, asStringArray, isObject, jsonEqual, pickExtensions } from "../../generator/lib/json.js";

describe("json helpers", () => {
  it.each([
    ["an object", {}, true],
    ["null", null, false],
    ["an array", [], false],
    ["a string", "x", false],
  ])("isObject: %s", (_, value, want) => expect(isObject(value)).toBe(want));

  it("reads tolerantly", () => {
    expect(asObject([1])).toEqual({});
    expect(asArray("x")).toEqual([]);
    expect(asStringArray(["a", 1, "b"])).toEqual(["a", "b"]);
    expect(pickExtensions({ a: 1, "x-b": 2 })).toEqual({ "x-b": 2 });
  });

  it.each([
    ["equal objects in another key order", { a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    ["arrays of another length", [1], [1, 2], false],
    ["an array and an object", [], {}, false],
    ["a missing key", { a: 1 }, { a: 1, b: undefined }, false],
  ])("jsonEqual: %s", (_, a, b, want) => expect(jsonEqual(a, b)).toBe(want));
});

describe("compareCodeUnits", () => {
  it("sorts by code unit, not locale: capitals first, then lower case, then accents", () => {
    expect(["b", "a", "B", "é", "A"].sort(compareCodeUnits)).toEqual(["A", "B", "a", "b", "é"]);
  });
});

describe("wellFormed", () => {
  const cases: [name: string, { given: string; want: string }][] = [
    ["plain text", { given: "100%", want: "100%" }],
    ["a surrogate pair (kept)", { given: "a\ud83d\ude00b", want: "a\ud83d\ude00b" }],
    ["a lone high surrogate", { given: "c\ud800%", want: "c\ufffd%" }],
    ["a lone low surrogate", { given: "\udc00x", want: "\ufffdx" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(wellFormed(given)).toBe(want);
  });
});
