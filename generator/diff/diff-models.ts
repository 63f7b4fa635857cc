import type { ModelSurface, PropertySurface } from "./surface.js";
import { change, type SurfaceChange } from "./surface-change.js";

/** Models added and removed, then each kept model's shape, in model-name order. */
export function diffModels(
  before: Readonly<Record<string, ModelSurface>>,
  after: Readonly<Record<string, ModelSurface>>,
): SurfaceChange[] {
  const changes: SurfaceChange[] = [];
  for (const [name, model] of Object.entries(after)) {
    const previous = before[name];
    if (!previous) changes.push(change("model-added", name, false, `Model ${name} was added.`));
    else changes.push(...diffModel(name, previous, model));
  }
  for (const name of Object.keys(before)) {
    if (!after[name]) changes.push(change("model-removed", name, true, `Model ${name} was removed.`));
  }
  return changes;
}

function diffModel(name: string, before: ModelSurface, after: ModelSurface): SurfaceChange[] {
  if (before.kind !== after.kind) {
    return [
      change(
        "model-kind-changed",
        name,
        true,
        `Model ${name} changed from ${article(before.kind)} to ${article(after.kind)}.`,
      ),
    ];
  }
  const changes: SurfaceChange[] = [];
  if ((before.extends ?? []).join() !== (after.extends ?? []).join()) {
    const list = (names: readonly string[] | undefined) => (names?.length ? names.join(", ") : "nothing");
    changes.push(
      change(
        "model-extends-changed",
        name,
        true,
        `Model ${name} now extends ${list(after.extends)} (was ${list(before.extends)}).`,
      ),
    );
  }
  if (before.type !== after.type) {
    changes.push(change("alias-retyped", name, true, `Type ${name} changed from ${before.type} to ${after.type}.`));
  }
  changes.push(...diffProperties(name, after, before.properties ?? [], after.properties ?? []));
  changes.push(...diffEnumValues(name, before.values, after.values));
  return changes;
}

/**
 * Properties by name. Whether a change breaks callers depends on the direction the model
 * travels: a new required property breaks senders, a property that may now be missing breaks readers.
 */
function diffProperties(
  model: string,
  surface: ModelSurface,
  before: readonly PropertySurface[],
  after: readonly PropertySurface[],
): SurfaceChange[] {
  const sent = surface.usage === "request" || surface.usage === "both";
  const read = surface.usage !== "request";
  const changes: SurfaceChange[] = [];
  const old = new Map(before.map((p) => [p.name, p]));
  const now = new Map(after.map((p) => [p.name, p]));
  for (const p of after) {
    const subject = `${model}.${p.name}`;
    const previous = old.get(p.name);
    if (!previous) {
      const required = p.required ? "required" : "optional";
      changes.push(
        change(
          "property-added",
          subject,
          p.required && sent,
          `Model ${model} has a new ${required} property "${p.name}" (${p.type}).`,
        ),
      );
      continue;
    }
    if (previous.type !== p.type) {
      changes.push(
        change(
          "property-retyped",
          subject,
          true,
          `Property ${subject} changed type from ${previous.type} to ${p.type}.`,
        ),
      );
    }
    if (previous.required !== p.required) {
      const breaking = p.required ? sent : read;
      changes.push(
        change(
          "property-required-changed",
          subject,
          breaking,
          `Property ${subject} is now ${p.required ? "required" : "optional"}.`,
        ),
      );
    }
  }
  for (const p of before) {
    if (!now.has(p.name))
      changes.push(change("property-removed", `${model}.${p.name}`, true, `Property ${model}.${p.name} was removed.`));
  }
  return changes;
}

/** Values compare as JSON text, so the string "1" and the number 1 stay different. */
function diffEnumValues(
  model: string,
  before: ModelSurface["values"] = [],
  after: ModelSurface["values"] = [],
): SurfaceChange[] {
  const oldValues = before.map((value) => JSON.stringify(value));
  const newValues = after.map((value) => JSON.stringify(value));
  const changes: SurfaceChange[] = [];
  for (const value of newValues) {
    if (!oldValues.includes(value))
      changes.push(change("enum-value-added", model, false, `Enum ${model} has a new value ${value}.`));
  }
  for (const value of oldValues) {
    if (!newValues.includes(value))
      changes.push(change("enum-value-removed", model, true, `Enum ${model} no longer has the value ${value}.`));
  }
  return changes;
}

function article(kind: ModelSurface["kind"]): string {
  return kind === "enum" ? "an enum" : kind === "object" ? "an object" : "a type alias";
}
