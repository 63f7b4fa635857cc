import { CATEGORIES, type MismatchCategory } from "./compare-exchange.js";
import type { CaseResult } from "./run-operations.js";

/** Operations with at least one mismatch of the category, by category (every category listed). */
export function countByCategory(results: readonly CaseResult[]): Record<MismatchCategory, number> {
  const counts = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<MismatchCategory, number>;
  for (const result of results) {
    for (const category of new Set(result.mismatches.map((mismatch) => mismatch.category))) counts[category] += 1;
  }
  return counts;
}

/** Calls in which each tolerated SDK quirk showed, by quirk name. */
export function countTolerated(results: readonly CaseResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of results.flatMap((result) => result.tolerated)) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

/**
 * A compact report: per category, how many operations differ and the first `examples` of them
 * with the differing request parts; then the tolerated quirks.
 */
export function formatSummary(results: readonly CaseResult[], examples = 3): string {
  const lines: string[] = [];
  const counts = countByCategory(results);
  for (const category of CATEGORIES) {
    if (counts[category] === 0) continue;
    lines.push(`${category}: ${counts[category]} operation(s)`);
    const failing = results.filter((result) => result.mismatches.some((mismatch) => mismatch.category === category));
    for (const result of failing.slice(0, examples)) {
      const details = result.mismatches
        .filter((mismatch) => mismatch.category === category)
        .map((mismatch) => mismatch.detail);
      lines.push(`  ${result.operationId} [${result.style}]: ${details.join(" / ")}`);
    }
  }
  const tolerated = Object.entries(countTolerated(results));
  if (tolerated.length > 0)
    lines.push(`tolerated SDK quirks: ${tolerated.map(([name, n]) => `${name} ×${n}`).join(", ")}`);
  return lines.join("\n");
}

/** Every mismatch, one object per failing call, for the JSON report. */
export function failingCases(results: readonly CaseResult[]): CaseResult[] {
  return results.filter((result) => result.mismatches.length > 0);
}
