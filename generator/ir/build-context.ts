import type { ModelDef } from "./types.js";
import { type Diagnostic, type DiagnosticCode, diagnostic } from "../diagnostics/index.js";
import { NameRegistry, RUNTIME_NAMES } from "./names.js";
import type { BuildProfile } from "./profile.js";
import { isObject, stringOf, type JsonObject } from "../lib/json.js";
import { resolveRefs } from "../lib/refs.js";

/** Options that change how the IR is built. */
export interface BuildOptions {
  /** Only operations carrying one of these tags (all when absent), and only these tags' classes. */
  readonly tags?: readonly string[];
  /** A vendor's conventions (the Genesys extensions and paging); none when absent. */
  readonly profile?: BuildProfile;
  /** Enums a response can carry list only the spec's values (no `(string & {})` for new ones). */
  readonly closedEnums?: boolean;
}

/** Everything an IR builder needs, passed explicitly: no module-level state. */
export interface BuildContext {
  readonly document: JsonObject;
  readonly options: BuildOptions;
  readonly diagnostics: Diagnostic[];
  /** Type names (models, hoisted types, options interfaces): unique case-insensitively. */
  readonly typeNames: NameRegistry;
  /** "#/components/schemas/Foo" -> model name, decided before any model is built. */
  readonly schemaNames: Map<string, string>;
  /** Models built so far, including hoisted inline ones. */
  readonly models: Map<string, ModelDef>;
  /** Pointers of non-component `$ref` targets being expanded inline, to stop cycles. */
  readonly expanding: Set<string>;
  /** How deep buildType is nested right now, to refuse hostile nesting with a diagnostic. */
  readonly depth: { current: number; reported: boolean };
}

export function createBuildContext(document: JsonObject, options: BuildOptions = {}): BuildContext {
  return {
    document,
    options,
    diagnostics: [],
    typeNames: new NameRegistry(RUNTIME_NAMES),
    schemaNames: new Map(),
    models: new Map(),
    expanding: new Set(),
    depth: { current: 0, reported: false },
  };
}

/** Records a diagnostic; its severity comes from the catalogue. */
export function report(ctx: BuildContext, code: DiagnosticCode, specPointer: string, message: string): void {
  ctx.diagnostics.push(diagnostic(code, specPointer, message));
}

/**
 * Returns the object a value stands for, following `$ref` chains (parameters, responses,
 * request bodies); undefined when a ref dangles or cycles, which validation has reported.
 */
export function deref(ctx: BuildContext, value: unknown): JsonObject | undefined {
  const node = resolveRefs(ctx.document, value);
  return isObject(node) ? node : undefined;
}

/**
 * Spec prose, trimmed, with trailing blanks cut from every line: they carry no meaning in
 * a comment and Markdown formatters drop them, so output stays stable when reformatted.
 */
export function text(value: unknown): string | undefined {
  const s = stringOf(value)
    ?.replace(/[ \t]+(?=\r?\n|\r|\u2028|\u2029)/g, "")
    .trim();
  return s ? s : undefined;
}
