// Section 1 of the results: generation times per spec, how our time grows
// with the spec, and where our generator spends its time (one run per spec
// under `node --cpu-prof`; self time, so the numbers add up).
import { failed, ratioCell, secondsSummary, summaryCell, table } from "./markdown.js";

/** Section 1: generation times, peak memory, ratios and time per operation. */
export function generationSection(generation) {
  const parts = ["## 1. Generation (whole CLI process)", ""];
  parts.push(
    "Ratio = ours / tool, the median of run-by-run ratios (runs interleave the tools). Below 1 means ours is faster.",
    "",
  );
  for (const spec of generation.specs) {
    if (spec.error) {
      parts.push(`### ${spec.label} spec: not measured (${spec.error})`, "");
      continue;
    }
    const results = generation.bySpec[spec.label];
    const rows = generation.tools.map((tool) => {
      const result = results[tool.id];
      const version = tool.version ?? "";
      if (result.error) return [tool.label, version, failed(result.error), "", ""];
      return [
        tool.label,
        version,
        secondsSummary(result.wall),
        ratioCell(result.ratio),
        summaryCell(result.peak, 0, " MiB"),
      ];
    });
    parts.push(
      `### ${spec.label} spec: \`${spec.displayPath}\` (${spec.operations} operations)`,
      "",
    );
    parts.push(
      table(
        [
          "Tool",
          "Version",
          "Wall time, median (min–max)",
          "Ours / tool",
          "Peak RSS, median (min–max)",
        ],
        rows,
      ),
      "",
    );
  }
  const { rows, growth } = generation.perOperation;
  if (rows.length) {
    parts.push("### How our time grows with the spec", "");
    parts.push(
      table(
        [
          "Spec",
          "Operations",
          "Ours, ms per operation",
          "Ours above the floor, ms per operation",
          "Growth from chat",
        ],
        rows.map((row) => [
          row.spec,
          row.operations,
          row.msPerOperation.toFixed(2),
          row.msPerOperationAboveFloor.toFixed(2),
          ratioCell(row.growth),
        ]),
      ),
      "",
      `Largest growth of ms per operation above the floor from chat: ${ratioCell(growth)} (about 1 = linear; well above 1 = a super-linear stage).`,
      "",
    );
  }
  const updateSpec = generation.updateSpec?.byFormat;
  if (updateSpec) {
    parts.push("### `chatgen update-spec --all-tags` on the 16 MB Platform API file", "");
    parts.push(
      table(
        ["Output", "Wall time, median (min–max)", "Peak RSS, median (min–max)"],
        Object.entries(updateSpec).map(([format, result]) => [
          format.toUpperCase(),
          result.error
            ? failed(result.error)
            : `${(result.wall.median / 1000).toFixed(2)} s (${(result.wall.min / 1000).toFixed(2)}–${(result.wall.max / 1000).toFixed(2)})`,
          result.error
            ? ""
            : `${result.peak.median.toFixed(0)} MiB (${result.peak.min.toFixed(0)}–${result.peak.max.toFixed(0)})`,
        ]),
      ),
      "",
    );
  }
  return parts.join("\n");
}

/** Markdown for generation.profiles ({ [spec]: { run, totalMs, packages, functions } | { error } }). */
export function profileSection(profiles = {}) {
  const parts = ["### Where our generation time goes (one extra run under `node --cpu-prof`)", ""];
  parts.push(
    "Self time per package and per function; `node:` built-ins here are mostly module loading " +
      "(`wrapSafe`, `compileSourceTextModule`). Reproduce with `node scripts/bench/profile.js --spec chat|github`.",
    "",
  );
  for (const [spec, profile] of Object.entries(profiles)) {
    if (profile.error) {
      parts.push(`- ${spec} spec: ${failed(profile.error)}`, "");
      continue;
    }
    const percent = (ms) => `${((ms / profile.totalMs) * 100).toFixed(1)}%`;
    const outcome = profile.run.ok ? "completed" : `exited with an error: ${profile.run.error}`;
    parts.push(
      `#### ${spec} spec: ${profile.totalMs.toFixed(0)} ms sampled; the run ${outcome}`,
      "",
    );
    const packageRows = profile.packages.map((entry) => [
      entry.name,
      `${entry.selfMs.toFixed(0)} ms`,
      percent(entry.selfMs),
    ]);
    parts.push(table(["Package", "Self time", "Share"], packageRows), "");
    const functionRows = profile.functions.map((entry) => [
      `\`${entry.name}\``,
      entry.location,
      `${entry.selfMs.toFixed(0)} ms`,
      percent(entry.selfMs),
    ]);
    parts.push(table(["Function", "Where", "Self time", "Share"], functionRows), "");
  }
  return parts.join("\n");
}
