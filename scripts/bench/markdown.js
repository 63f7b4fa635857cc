// Minimal Markdown helpers for the results file.

/** A Markdown table from a header row and body rows (cells are escaped for pipes). */
export function table(header, rows) {
  const escapeCell = (cell) =>
    String(cell ?? "")
      .replace(/\|/g, "\\|")
      .replace(/\n/g, " ");
  const line = (cells) => `| ${cells.map(escapeCell).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Seconds with two decimals from milliseconds. */
function seconds(ms) {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "n/a";
}

/** "median (min–max)" of a summary in ms, shown as seconds. */
export function secondsSummary(summary) {
  if (!summary || !Number.isFinite(summary.median)) return "n/a";
  return `${seconds(summary.median)} (${(summary.min / 1000).toFixed(2)}–${(summary.max / 1000).toFixed(2)})`;
}

/** "median (min–max)" of a summary with a unit and a number of decimals. */
export function summaryCell(summary, decimals, unit = "") {
  if (!summary || !Number.isFinite(summary.median)) return "n/a";
  const format = (value) => value.toFixed(decimals);
  return `${format(summary.median)}${unit} (${format(summary.min)}–${format(summary.max)})`;
}

/** A ratio such as "0.84x", or an em dash where no ratio applies. */
export function ratioCell(ratio) {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : "—";
}

/** Bytes with thousands separators. */
export function bytesCell(bytes) {
  return Number.isFinite(bytes) ? `${bytes.toLocaleString("en-US")} B` : "n/a";
}

/** "failed (<first error line>)" for a result with an error. */
export function failed(error) {
  return `failed (${error})`;
}
