import { diffOptions, diffPositional } from "./diff-params.js";
import type { MethodSurface } from "./surface.js";
import { change, type SurfaceChange } from "./surface-change.js";

/** Methods added and removed, then each kept method's signature, in method-name order. */
export function diffMethods(
  before: Readonly<Record<string, MethodSurface>>,
  after: Readonly<Record<string, MethodSurface>>,
): SurfaceChange[] {
  const changes: SurfaceChange[] = [];
  for (const [name, method] of Object.entries(after)) {
    const previous = before[name];
    if (!previous) changes.push(change("method-added", name, false, `Method ${name} was added (${method.endpoint}).`));
    else changes.push(...diffMethod(name, previous, method));
  }
  for (const [name, method] of Object.entries(before)) {
    if (!after[name])
      changes.push(change("method-removed", name, true, `Method ${name} was removed (${method.endpoint}).`));
  }
  return changes;
}

function diffMethod(name: string, before: MethodSurface, after: MethodSurface): SurfaceChange[] {
  return [
    ...diffEndpoint(name, before, after),
    ...diffPositional(name, before.positional, after.positional),
    ...diffOptions(name, before.opts, after.opts),
    ...diffBody(name, before.body, after.body),
    ...diffReturn(name, before, after),
    ...diffFlags(name, before, after),
  ];
}

function diffEndpoint(name: string, before: MethodSurface, after: MethodSurface): SurfaceChange[] {
  if (before.endpoint === after.endpoint) return [];
  // The call still compiles, but it now reaches another endpoint: callers must know.
  return [
    change("endpoint-changed", name, true, `Method ${name} now calls ${after.endpoint} (was ${before.endpoint}).`),
  ];
}

function diffBody(name: string, before: MethodSurface["body"], after: MethodSurface["body"]): SurfaceChange[] {
  if (!before) {
    if (!after) return [];
    const required = after.required ? "a required" : "an optional";
    return [change("body-added", name, after.required, `Method ${name} now takes ${required} body (${after.type}).`)];
  }
  if (!after) return [change("body-removed", name, true, `Method ${name} no longer takes a body.`)];
  const changes: SurfaceChange[] = [];
  if (before.type !== after.type) {
    changes.push(
      change(
        "body-retyped",
        name,
        true,
        `The body of method ${name} changed type from ${before.type} to ${after.type}.`,
      ),
    );
  }
  if (before.required !== after.required) {
    const now = after.required ? "required" : "optional";
    changes.push(change("body-required-changed", name, after.required, `The body of method ${name} is now ${now}.`));
  }
  return changes;
}

function diffReturn(name: string, before: MethodSurface, after: MethodSurface): SurfaceChange[] {
  if (before.returns === after.returns) return [];
  return [
    change("return-retyped", name, true, `Method ${name} now resolves to ${after.returns} (was ${before.returns}).`),
  ];
}

/** Deprecation and preview marks change no types; they are reported as information. */
function diffFlags(name: string, before: MethodSurface, after: MethodSurface): SurfaceChange[] {
  const changes: SurfaceChange[] = [];
  if (before.deprecated !== after.deprecated) {
    const text = after.deprecated ? "is now deprecated" : "is no longer deprecated";
    changes.push(change("deprecation-changed", name, false, `Method ${name} ${text}.`));
  }
  if (before.preview !== after.preview) {
    const text = after.preview ? "is now marked preview" : "is no longer marked preview";
    changes.push(change("preview-changed", name, false, `Method ${name} ${text}.`));
  }
  return changes;
}
