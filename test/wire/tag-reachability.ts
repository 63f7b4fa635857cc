import type { SpecOperation } from "./platform-spec.js";
import { methodNames, methodOf, type ApiClass } from "./sdk-client.js";

type Classes = ReadonlyMap<string, ApiClass>;

/** One operation missing from a class that should carry it, or present on one that should not. */
export interface ReachabilityProblem {
  readonly operationId: string;
  readonly className: string;
  readonly problem: string;
}

/**
 * From the spec's side: every operation is a method of `<Tag>Api` for each of its tags, in the
 * SDK and in ours.
 */
export function missingByTag(operations: readonly SpecOperation[], sdk: Classes, ours: Classes): ReachabilityProblem[] {
  const problems: ReachabilityProblem[] = [];
  for (const op of operations) {
    for (const className of op.tags.map((tag) => `${tag}Api`)) {
      const inSdk = methodOf(sdk.get(className), op.operationId) !== undefined;
      const inOurs = methodOf(ours.get(className), op.operationId) !== undefined;
      if (!inSdk) problems.push({ operationId: op.operationId, className, problem: "not in the SDK" });
      if (!inOurs)
        problems.push({
          operationId: op.operationId,
          className,
          problem: missingText(ours, className),
        });
    }
  }
  return problems;
}

/**
 * From the classes' side: every SDK method is on our class of the same name, and every operation
 * method of ours is on the SDK's class of the same name (no operation on a class it does not belong to).
 */
export function classDifferences(
  operationIds: ReadonlySet<string>,
  sdk: Classes,
  ours: Classes,
): ReachabilityProblem[] {
  const problems: ReachabilityProblem[] = [];
  for (const [className, sdkClass] of sdk) {
    for (const name of methodNames(sdkClass)) {
      if (!methodOf(ours.get(className), name)) {
        problems.push({
          operationId: name,
          className,
          problem: `SDK method ${missingText(ours, className)}`,
        });
      }
    }
  }
  for (const [className, ourClass] of ours) {
    for (const name of methodNames(ourClass).filter((candidate) => operationIds.has(candidate))) {
      if (!methodOf(sdk.get(className), name)) problems.push({ operationId: name, className, problem: "ours only" });
    }
  }
  return problems;
}

function missingText(ours: Classes, className: string): string {
  return ours.has(className) ? "missing from our class" : "our client has no such class";
}

/** "3 operations: a on XApi (why), …", the first `limit` problems. */
export function formatProblems(problems: readonly ReachabilityProblem[], limit = 5): string {
  const operations = new Set(problems.map((problem) => problem.operationId)).size;
  const shown = problems.slice(0, limit).map((p) => `${p.operationId} on ${p.className} (${p.problem})`);
  return `${problems.length} problem(s) in ${operations} operation(s): ${shown.join("; ")}`;
}
