/**
 * Markdown building blocks. Spec text is data: everything that comes from the spec
 * goes through `escapeText` (prose) or `code` (identifiers, paths, permissions), so a
 * description can never open a link, a tag or a code span, or break a table row.
 */

/** Characters that would start Markdown or HTML syntax inside a paragraph or a cell. */
const SPECIAL = /[\\`*_[\]<>|#~&]/g;

/** Spec prose as inline Markdown text: specials escaped, line breaks kept as breaks. */
export function escapeText(text: string): string {
  return normalizeNewlines(text)
    .trim()
    .replace(SPECIAL, (char) => `\\${char}`)
    .replace(/\n{2,}/g, "\n\n");
}

/** Spec prose for one table cell: escaped, and on one line so the row stays whole. */
export function escapeCell(text: string | undefined): string {
  if (!text) return "";
  return escapeText(text).replace(/\s*\n\s*/g, " ");
}

/**
 * A code span that holds any text: the fence is one backtick longer than the longest
 * run inside, and pipes are escaped because GFM splits table cells on them even there.
 */
export function code(text: string): string {
  const flat = normalizeNewlines(text).replace(/\n/g, " ");
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat.replace(/\|/g, "\\|")}${pad}${fence}`;
}

/** A GFM table. Cells must already be escaped (see `escapeCell` and `code`). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** A fenced code block whose fence cannot be closed by the content. */
export function codeBlock(language: string, source: string): string {
  const longestRun = Math.max(2, ...(source.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  return `${fence}${language}\n${source.trimEnd()}\n${fence}`;
}

/** Joins blocks with blank lines, dropping empty ones, and ends the text with a newline. */
export function blocks(...parts: (string | undefined | false)[]): string {
  return `${parts.filter((p): p is string => typeof p === "string" && p.length > 0).join("\n\n")}\n`;
}

/** The anchor GitHub gives a heading made of an identifier. */
export function anchor(identifier: string): string {
  return identifier.toLowerCase().replace(/[^a-z0-9_-]/g, "");
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, "\n");
}
