import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Document, parse } from "yaml";
import { yamlText } from "../../generator/update-spec/yaml-text.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** What the `yaml` package writes with the options update-spec has always used. */
function byYamlPackage(value: unknown): string {
  return new Document(value, { aliasDuplicateObjects: false }).toString({
    indent: 2,
    lineWidth: 0,
    minContentWidth: 0,
  });
}

describe("yamlText", () => {
  const tricky = {
    "200": "x",
    "k y": "multi\nline\ntext\n",
    trailing: "space \n",
    lead: "  lead",
    nothing: null,
    yes: true,
    number: 1.5,
    looksBoolean: "true",
    looksNumber: "1",
    comment: "#x",
    inner: "a #b",
    dash: "-a",
    empty: "",
    blank: "a\n\nb",
    separator: "é\u2028x",
    tab: "a\tb",
    colon: "x: y",
    colonEnd: "x:",
    indented: "  indented\nmore",
    nested: [[{ a: 1, b: 2 }], {}, [], "x\ny", ["  indented\nmore"]],
    deep: { a: { b: { c: ["d", { e: "f: g" }] } } },
  };
  it.each([
    ["tricky strings and shapes", tricky],
    [
      "the chat upstream",
      JSON.parse(readFileSync(join(ROOT, "spec", "upstream", "genesys-chat.swagger.json"), "utf8")) as unknown,
    ],
  ])("writes %s byte for byte as the yaml package does", (_, value) => {
    expect(yamlText(value)).toBe(byYamlPackage(value));
  });

  it("writes any JSON value as YAML that reads back as the same value, as the yaml package does", () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: "binary" }), (value) => {
        const text = yamlText({ value });
        expect(parse(text)).toEqual(parse(byYamlPackage({ value })));
        expect(text).toBe(byYamlPackage({ value }));
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });
});
