import { breakLongLines } from "./break-long-lines.js";
import { collapseSpaces } from "./markdown-prose.js";

/**
 * Lays Markdown out as prettier does for what the docs emitters write: tables padded into
 * aligned columns, TypeScript code blocks broken like any generated file. Returns undefined
 * when the text holds something we do not lay out ourselves (the caller runs prettier).
 */
export function layOutMarkdown(text: string, width: number): string | undefined {
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const fence = /^(```|~~~)(\w*)\s*$/.exec(line);
    if (fence) {
      // Searched from the fence on: a page holds a code block per method.
      let end = i + 1;
      while (end < lines.length && !lines[end]!.startsWith(fence[1]!)) end++;
      if (end === lines.length) return undefined;
      const body = lines.slice(i + 1, end).join("\n");
      const laidOut = /^(ts|typescript)$/.test(fence[2]!) ? breakLongLines(body, width) : body;
      if (laidOut === undefined) return undefined;
      out.push(line, ...(body === "" ? [] : laidOut.split("\n")), lines[end]!);
      i = end + 1;
    } else if (line.startsWith("|")) {
      let end = i;
      while (end < lines.length && lines[end]!.startsWith("|")) end++;
      const table = alignTable(lines.slice(i, end));
      if (table === undefined) return undefined;
      out.push(...table);
      i = end;
    } else {
      out.push(...proseLine(collapseSpaces(line), out[out.length - 1]));
      i++;
    }
  }
  return out.join("\n");
}

/**
 * A prose line as prettier prints it after `previous`: at most one blank line between blocks;
 * a blank line before a `- ` list that interrupts a paragraph; a line that continues a list
 * item lazily (without indentation) indented under the item.
 */
function proseLine(line: string, previous: string | undefined): string[] {
  if (line === "") return previous === "" ? [] : [line];
  if (previous === undefined || previous === "") return [line];
  const inItem = /^(- | {2})/.test(previous);
  if (line.startsWith("- ")) return inItem || /^(#|\||```|~~~)/.test(previous) ? [line] : ["", line];
  return inItem && !/^(#|\||```|~~~| )/.test(line) ? [`  ${line}`] : [line];
}

type Align = "none" | "left" | "right" | "center";

function alignTable(rows: string[]): string[] | undefined {
  const cells = rows.map(splitRow);
  const delimiter = cells[1];
  if (rows.length < 2 || !delimiter?.every((c) => /^:?-+:?$/.test(c))) return undefined;
  const columns = delimiter.length;
  if (cells.some((row) => row.length !== columns)) return undefined;
  if (cells.some((row) => row.some((cell) => width(cell) === undefined))) return undefined;
  const aligns = delimiter.map(alignOf);
  const widths = aligns.map((align, c) =>
    Math.max(
      align === "center" ? 5 : align === "none" ? 3 : 4,
      ...cells.filter((_, r) => r !== 1).map((row) => width(row[c]!)!),
    ),
  );
  return cells.map(
    (row, r) =>
      `| ${row.map((cell, c) => (r === 1 ? delimiterCell(aligns[c]!, widths[c]!) : pad(cell, widths[c]!, aligns[c]!))).join(" | ")} |`,
  );
}

/** Cells between unescaped pipes, trimmed, with their prose spaces collapsed. */
function splitRow(row: string): string[] {
  const inner = row
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => collapseSpaces(cell.trim()));
}

function alignOf(cell: string): Align {
  const left = cell.startsWith(":");
  const right = cell.endsWith(":");
  return left && right ? "center" : left ? "left" : right ? "right" : "none";
}

function delimiterCell(align: Align, width: number): string {
  if (align === "center") return `:${"-".repeat(width - 2)}:`;
  if (align === "left") return `:${"-".repeat(width - 1)}`;
  if (align === "right") return `${"-".repeat(width - 1)}:`;
  return "-".repeat(width);
}

const UNMEASURED =
  /[\u0000-\u001f\u007f-\u009f\u0300-\u036f\u1100-\u115f\u200b-\u200f\u2028-\u202e\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe00-\ufe0f\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud800-\udfff]/;

/**
 * Display width of a cell, one column per code point; undefined for text whose width
 * prettier measures differently (wide East Asian letters, emoji, combining marks, controls).
 */
function width(cell: string): number | undefined {
  if (UNMEASURED.test(cell)) {
    return undefined;
  }
  return cell.length;
}

function pad(cell: string, columns: number, align: Align): string {
  const space = columns - width(cell)!;
  if (align === "right") return " ".repeat(space) + cell;
  if (align === "center") return " ".repeat(Math.floor(space / 2)) + cell + " ".repeat(Math.ceil(space / 2));
  return cell + " ".repeat(space);
}
