import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { OutputFile } from "../../generator/print/print-files.js";
import { renderSpec } from "../helpers/render.js";

/** Cells of a GFM table row: split on pipes that are not escaped. */
function cellCount(row: string): number {
  return row
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/).length;
}

/** Every table in a Markdown text, as its header row followed by its other rows. */
function tables(text: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("|")) current.push(line);
    else if (current.length > 0) {
      found.push(current);
      current = [];
    }
  }
  if (current.length > 0) found.push(current);
  return found;
}

let pages: OutputFile[];
beforeAll(async () => {
  // Every description and summary of this spec is hostile: pipes, backticks, HTML, line separators.
  const { files } = await renderSpec(join("test", "fixtures", "specs", "injection.yaml"));
  pages = files.filter((f) => f.path.endsWith(".md"));
});

describe("Markdown built from hostile spec text", () => {
  it("renders pages for the API and its models", () => {
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(["README.md", "docs/README.md"]));
    expect(pages.some((p) => p.path.startsWith("docs/models/"))).toBe(true);
  });

  it("keeps every table row at its header's width", () => {
    const all = pages.flatMap((page) => tables(page.text).map((rows) => [page.path, rows] as const));
    expect(all.length).toBeGreaterThan(0);
    for (const [path, rows] of all) {
      for (const row of rows) expect(cellCount(row), `${path}: ${row}`).toBe(cellCount(rows[0]!));
    }
  });

  it("never lets spec text open an HTML tag outside code", () => {
    // The hostile text does reach the prose (escaped), so the check below has something to check.
    expect(pages.filter((page) => stripCode(page.text).includes("alert(1)")).length).toBeGreaterThan(3);
    for (const page of pages) {
      const prose = stripCode(page.text);
      const hits = prose.split("\n").filter((line) => /(?<!\\)<\/?script/i.test(line));
      expect(hits, page.path).toEqual([]);
    }
  });
});

/** Removes fenced blocks and code spans (whose content Markdown shows literally); an escaped backtick opens none. */
function stripCode(text: string): string {
  return text.replace(/^(`{3,})[\s\S]*?^\1$/gm, "").replace(/(?<![\\`])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, "");
}
