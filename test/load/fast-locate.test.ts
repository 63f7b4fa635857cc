import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fastLocate } from "../../generator/load/fast-locate.js";
import { pointerSegments } from "../../generator/lib/json-pointer.js";

/** Every pointer into a JSON value, depth first. */
function pointers(value: unknown, base = "#"): string[] {
  if (typeof value !== "object" || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, i) => String(i)) : Object.keys(value);
  return keys.flatMap((key) => {
    const pointer = `${base}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    return [pointer, ...pointers((value as Record<string, unknown>)[key], pointer)];
  });
}

const specs = [
  join("spec", "chat.openapi.yaml"),
  ...readdirSync(join("test", "fixtures", "specs"))
    .filter((n) => n.endsWith(".yaml"))
    .map((n) => join("test", "fixtures", "specs", n)),
];

describe("the fast locator agrees with the full YAML parse", () => {
  it.each(specs)("on every node of %s", async (path) => {
    const text = readFileSync(path, "utf8");
    const { LineCounter, parseDocument, isScalar, isMap, isSeq } = await import("yaml");
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    let compared = 0;
    for (const pointer of pointers(doc.toJS())) {
      const fast = fastLocate(text, pointerSegments(pointer));
      if (fast === null) continue; // refused: the full parse answers instead
      let node: unknown = doc.contents;
      let anchor: unknown;
      for (const key of pointerSegments(pointer)) {
        if (isSeq(node)) {
          node = node.items[Number(key)];
          anchor = node;
          continue;
        }
        const pair = isMap(node) ? node.items.find((p) => isScalar(p.key) && String(p.key.value) === key) : undefined;
        node = pair?.value;
        anchor = isScalar(pair?.value) ? pair?.value : pair?.key;
      }
      const offset = (anchor as { range?: number[] }).range![0]!;
      const want = lineCounter.linePos(offset);
      expect(fast, pointer).toEqual({ line: want.line, column: want.col });
      compared++;
    }
    // The chat spec is all block style: the fast path must answer for every node of it.
    if (path.includes("chat.openapi")) expect(compared).toBe(pointers(doc.toJS()).length);
  });
});

describe("the fast locator on JSON", () => {
  it("finds keys and items, escaped keys included", () => {
    const text =
      '{\n  "paths": {\n    "/a/{b}": { "get": { "parameters": [ {"name": "x"}, {"name": "y"} ] } }\n  },\n  "k\\"q": 1\n}';
    expect(fastLocate(text, ["paths", "/a/{b}", "get"])).toEqual({ line: 3, column: 17 });
    expect(fastLocate(text, ["paths", "/a/{b}", "get", "parameters", "1"])).toEqual({ line: 3, column: 57 });
    expect(fastLocate(text, ['k"q'])).toEqual({ line: 5, column: 3 });
    expect(fastLocate(text, ["nope"])).toBeUndefined();
  });
});
