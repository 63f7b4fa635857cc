/** One difference between two API surfaces, as a caller of the generated client sees it. */
export interface SurfaceChange {
  /** Stable, kebab-case: "method-removed", "option-added", "property-retyped". */
  readonly kind: string;
  /** What changed: a method name, "Model", or "Model.property". */
  readonly subject: string;
  /** True when code that compiled against the old client may not compile or work against the new one. */
  readonly breaking: boolean;
  /** One sentence naming the entity, ending with a period. */
  readonly message: string;
}

/** Shorthand for building a change. */
export function change(kind: string, subject: string, breaking: boolean, message: string): SurfaceChange {
  return { kind, subject, breaking, message };
}
