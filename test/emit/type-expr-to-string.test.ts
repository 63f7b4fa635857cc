import { describe, expect, it } from "vitest";
import { stringLiteral, typeExprToString } from "../../generator/emit/type-expr-to-string.js";
import type { TypeExpr } from "../../generator/ir/types.js";

const S: TypeExpr = { kind: "primitive", name: "string" };
const N: TypeExpr = { kind: "primitive", name: "number" };
const ref = (name: string): TypeExpr => ({ kind: "ref", name });

describe("typeExprToString", () => {
  const cases: [string, { given: TypeExpr; want: string }][] = [
    ["a primitive", { given: S, want: "string" }],
    [
      "a Date a parameter may take",
      { given: { kind: "union", members: [S, { kind: "primitive", name: "Date" }] }, want: "string | Date" },
    ],
    [
      "an array of a union, parenthesised",
      { given: { kind: "array", items: { kind: "union", members: [S, N] } }, want: "(string | number)[]" },
    ],
    [
      "an array of literals",
      { given: { kind: "array", items: { kind: "literalUnion", values: ["a", "b"] } }, want: '("a" | "b")[]' },
    ],
    ["a map of primitives", { given: { kind: "map", values: S }, want: "Record<string, string>" }],
    [
      "a map of models, an index signature (it may refer to its own alias)",
      { given: { kind: "map", values: ref("Room") }, want: "{ [key: string]: Room }" },
    ],
    [
      "an intersection inside a union",
      {
        given: { kind: "union", members: [{ kind: "intersection", members: [ref("A"), ref("B")] }, ref("C")] },
        want: "(A & B) | C",
      },
    ],
    [
      "bytes to send, bytes received",
      {
        given: { kind: "union", members: [{ kind: "binary" }, { kind: "binary", as: "ArrayBuffer" }] },
        want: "Blob | ArrayBuffer",
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(typeExprToString(given)).toBe(want));
});

describe("stringLiteral", () => {
  it.each([
    ["plain text", "room", '"room"'],
    ["double quotes inside, so single quotes outside (prettier's choice)", 'say "hi"', "'say \"hi\"'"],
    [
      "a backslash (written as \\x5c, as the printer always has) and a line separator",
      "a\\b\u2028",
      '"a\\x5cb\\u2028"',
    ],
    ["a template placeholder, which a double-quoted string keeps as text", "${x}", '"${x}"'],
  ])("%s", (_, value, want) => expect(stringLiteral(value)).toBe(want));
});
