import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const GENERATOR = join(ROOT, "generator");

/**
 * Folder (stage) of a generator file: "load", "ir", ...; at the top, cli.ts belongs to the
 * command line and the rest (index.ts: the pipeline that runs the stages) to "pipeline".
 */
function stageOf(file: string): string {
  const parts = relative(GENERATOR, file).split("/");
  if (parts.length > 1) return parts[0]!;
  return parts[0] === "cli.ts" ? "cli" : "pipeline";
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Stage -> the stages its files import from (relative imports only). */
function stageGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sources(GENERATOR)) {
    const from = stageOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const match of readFileSync(file, "utf8").matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)) {
      const to = stageOf(resolve(dirname(file), match[1]!));
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle of stages, as "a -> b -> a". */
function cycles(graph: Map<string, Set<string>>): string[] {
  const found: string[] = [];
  const walk = (stage: string, path: string[]): void => {
    for (const next of graph.get(stage) ?? []) {
      if (next === path[0]) found.push([...path, next].join(" -> "));
      else if (!path.includes(next) && next > path[0]!) walk(next, [...path, next]);
    }
  };
  for (const stage of graph.keys()) walk(stage, [stage]);
  return found;
}

describe("the generator's folders", () => {
  const graph = stageGraph();

  it("import each other without a circle", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("leave update-spec to the command line", () => {
    const importers = [...graph].filter(([, to]) => to.has("update-spec")).map(([from]) => from);
    expect(importers).toEqual(["cli"]);
  });

  it("keep lib and diagnostics free of any stage", () => {
    expect([...(graph.get("lib") ?? [])]).toEqual([]);
    expect([...(graph.get("diagnostics") ?? [])]).toEqual([]);
  });

  it("would notice a circle (the check itself)", () => {
    const planted = new Map([
      ["load", new Set(["validate"])],
      ["validate", new Set(["load"])],
    ]);
    expect(cycles(planted)).toEqual(["load -> validate -> load"]);
  });
});
