import { describe, expect, it } from "vitest";
import { formatWithPrettier } from "../../generator/print/format.js";
import { jsonText } from "../../generator/print/json-text.js";

const cases: [string, { given: unknown; width: number; want: string }][] = [
  [
    "objects always open, one member per line",
    {
      given: { a: 1, b: { c: true } },
      width: 80,
      want: '{\n  "a": 1,\n  "b": {\n    "c": true\n  }\n}\n',
    },
  ],
  [
    "a last member's array that fits exactly stays on one line (no trailing comma in JSON)",
    {
      given: { files: ["dist", "docs"] },
      width: 27,
      want: '{\n  "files": ["dist", "docs"]\n}\n',
    },
  ],
  [
    "the same array before another member counts the comma that follows it",
    {
      given: { files: ["dist", "docs"], x: 1 },
      width: 27,
      want: '{\n  "files": [\n    "dist",\n    "docs"\n  ],\n  "x": 1\n}\n',
    },
  ],
  [
    "an array of objects opens",
    {
      given: [{ a: 1 }],
      width: 80,
      want: '[\n  {\n    "a": 1\n  }\n]\n',
    },
  ],
  ["empty object and array", { given: { a: {}, b: [] }, width: 80, want: '{\n  "a": {},\n  "b": []\n}\n' }],
];

describe("jsonText", () => {
  it.each(cases)("%s", async (_, { given, width, want }) => {
    expect(jsonText(given, width)).toBe(want);
    // prettier, the oracle, leaves the wanted text as it is
    expect(await formatWithPrettier("x.json", want, width)).toBe(want);
  });
});
