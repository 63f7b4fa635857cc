import type { ParamSurface } from "./surface.js";
import { change, type SurfaceChange } from "./surface-change.js";

/** Positional parameters: every one is required, so adding, removing, retyping or reordering breaks callers. */
export function diffPositional(
  method: string,
  before: readonly ParamSurface[],
  after: readonly ParamSurface[],
): SurfaceChange[] {
  const changes: SurfaceChange[] = [];
  const old = new Map(before.map((p) => [p.name, p]));
  const now = new Map(after.map((p) => [p.name, p]));
  for (const p of after) {
    const previous = old.get(p.name);
    if (!previous) {
      changes.push(
        change(
          "parameter-added",
          method,
          true,
          `Method ${method} has a new positional parameter "${p.name}" (${p.type}).`,
        ),
      );
    } else if (previous.type !== p.type) {
      changes.push(
        change(
          "parameter-retyped",
          method,
          true,
          `Parameter "${p.name}" of method ${method} changed type from ${previous.type} to ${p.type}.`,
        ),
      );
    }
  }
  for (const p of before) {
    if (!now.has(p.name))
      changes.push(
        change(
          "parameter-removed",
          method,
          true,
          `Method ${method} no longer takes the positional parameter "${p.name}".`,
        ),
      );
  }
  const kept = (list: readonly ParamSurface[], other: Map<string, ParamSurface>) =>
    list.filter((p) => other.has(p.name)).map((p) => p.name);
  const oldOrder = kept(before, now);
  const newOrder = kept(after, old);
  if (oldOrder.join() !== newOrder.join()) {
    changes.push(
      change(
        "parameters-reordered",
        method,
        true,
        `Method ${method} takes its parameters in a new order: ${newOrder.join(", ")} (was ${oldOrder.join(", ")}).`,
      ),
    );
  }
  return changes;
}

/** Keys of the `opts` object: new optional keys are harmless, anything else breaks callers. */
export function diffOptions(
  method: string,
  before: readonly ParamSurface[],
  after: readonly ParamSurface[],
): SurfaceChange[] {
  const changes: SurfaceChange[] = [];
  const old = new Map(before.map((p) => [p.name, p]));
  const now = new Map(after.map((p) => [p.name, p]));
  for (const p of after) {
    const previous = old.get(p.name);
    if (!previous) {
      const required = p.required ? "required " : "";
      changes.push(
        change(
          "option-added",
          method,
          p.required,
          `Method ${method} has a new ${required}option "${p.name}" (${p.type}).`,
        ),
      );
    } else if (previous.type !== p.type) {
      changes.push(
        change(
          "option-retyped",
          method,
          true,
          `Option "${p.name}" of method ${method} changed type from ${previous.type} to ${p.type}.`,
        ),
      );
    }
  }
  for (const p of before) {
    if (!now.has(p.name))
      changes.push(change("option-removed", method, true, `Method ${method} no longer has the option "${p.name}".`));
  }
  return changes;
}
