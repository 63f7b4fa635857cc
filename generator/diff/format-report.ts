import type { SurfaceChange } from "./surface-change.js";

/**
 * The report as text: a headline, then breaking changes, then the rest, one bullet each.
 * Deterministic: the order is the order diffApi produces (sorted methods, then sorted models).
 */
export function formatSurfaceReport(changes: readonly SurfaceChange[]): string {
  if (changes.length === 0) return "API surface: no changes.\n";
  const breaking = changes.filter((c) => c.breaking);
  const other = changes.filter((c) => !c.breaking);
  const lines = [`${headline(changes)}`];
  if (breaking.length > 0) lines.push("", `## Breaking changes (${breaking.length})`, "", ...bullets(breaking));
  if (other.length > 0) lines.push("", `## Other changes (${other.length})`, "", ...bullets(other));
  return `${lines.join("\n")}\n`;
}

/** One line for `generate`: "API surface: 9 changes, 2 breaking (2 methods added, 1 model removed, ...)." */
export function formatSurfaceSummary(changes: readonly SurfaceChange[]): string {
  if (changes.length === 0) return "API surface: no changes.";
  const counts = new Map<string, number>();
  for (const c of changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => `${n} ${kind.replace(/-/g, " ")}`);
  return `${headline(changes).replace(/\.$/, "")} (${parts.join(", ")}).`;
}

function headline(changes: readonly SurfaceChange[]): string {
  const breaking = changes.filter((c) => c.breaking).length;
  const plural = changes.length === 1 ? "change" : "changes";
  return `API surface: ${changes.length} ${plural}, ${breaking} breaking.`;
}

function bullets(changes: readonly SurfaceChange[]): string[] {
  return changes.map((c) => `- ${c.message}`);
}
