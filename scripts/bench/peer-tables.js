// The peer-suite tables: for each tool, one row per suite plus a total, one column per outcome.
import { table } from "./markdown.js";

/** @type {import("./peer-tools.js").Status[]} */
const STATUSES = ["ok", "tsc-errors", "refused", "crash", "timeout"];
const HEADER = [
  "suite",
  "specs",
  "generated and type-checks",
  "tsc errors",
  "refused",
  "crash",
  "timeout",
];

/**
 * Markdown: a heading and a table for each tool, and how many specs are parts of others.
 * @param {import("./peer-suites.js").SpecResult[]} results
 * @param {string[]} toolIds
 * @returns {string}
 */
export function renderTables(results, toolIds) {
  const suites = [...new Set(results.map((result) => result.suite))];
  const sections = toolIds.map((toolId) => {
    const rows = suites.map((suite) =>
      countRow(
        suite,
        results.filter((result) => result.suite === suite),
        toolId,
      ),
    );
    rows.push(countRow("total", results, toolId));
    return `### ${toolId}\n\n${table(HEADER, rows)}`;
  });
  const parts = results.filter((result) => result.referenced).length;
  const note = parts
    ? `\n\n${parts} of the ${results.length} specs are also \`$ref\`'d by another file (parts of a multi-file spec); the rest are roots.`
    : "";
  return sections.join("\n\n") + note;
}

/**
 * @param {string} label
 * @param {import("./peer-suites.js").SpecResult[]} results
 * @param {string} toolId
 */
function countRow(label, results, toolId) {
  const counts = /** @type {Record<import("./peer-tools.js").Status, number>} */ (
    Object.fromEntries(STATUSES.map((status) => [status, 0]))
  );
  for (const result of results) {
    const status = result.results[toolId]?.status;
    if (status) counts[status] += 1;
  }
  return [label, results.length, ...STATUSES.map((status) => counts[status])];
}
