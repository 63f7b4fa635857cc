import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { SpecOperation } from "./platform-spec.js";
import { runCase, type CaseResult, type WireContext } from "./run-operations.js";
import type { ValueStyle } from "./sample-values.js";
import type { ReachabilityProblem } from "./tag-reachability.js";
import { countByCategory, countTolerated, failingCases } from "./wire-summary.js";

/** Calls the operations one after the other (both clients share one server and one canned reply). */
export async function runAll(
  context: WireContext,
  operations: readonly SpecOperation[],
  style: ValueStyle,
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const op of operations) results.push(await runCase(context, op, style));
  return results;
}

/** What the report holds: every call's result, and the operations missing from a class. */
export interface WireReport {
  readonly results: readonly CaseResult[];
  readonly reachability: readonly ReachabilityProblem[];
}

/** Writes, per value style, the counts and every failing call as JSON, for whoever fixes the generator. */
export async function writeReport(file: string, { results, reachability }: WireReport): Promise<void> {
  const styles = [...new Set(results.map((result) => result.style))];
  const byStyle = styles.map((style) => {
    const ofStyle = results.filter((result) => result.style === style);
    const summary = {
      calls: ofStyle.length,
      mismatchesByCategory: countByCategory(ofStyle),
      toleratedQuirks: countTolerated(ofStyle),
      failing: failingCases(ofStyle),
    };
    return [style, summary] as const;
  });
  const report = { ...Object.fromEntries(byStyle), reachability };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}
