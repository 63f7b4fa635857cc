import { basename, join } from "node:path";
import { type SurfaceChange, apiSurface, surfaceToJson } from "./diff/index.js";
import { SURFACE_FILE, surfaceChangesSince } from "./diff/previous-surface.js";
import { emitApi } from "./emit/emit-api.js";
import type { PackageInfo } from "./emit/package-files.js";
import { emitProfileFor } from "./genesys/emit-profile.js";
import { buildProfileFor } from "./genesys/profile.js";
import { buildApi } from "./ir/build-api.js";
import type { ApiDef } from "./ir/types.js";
import type { Diagnostic } from "./diagnostics/index.js";
import { bundleExternalRefs } from "./load/bundle-refs.js";
import { checkDocumentDepth } from "./load/check-depth.js";
import { type LoadedSpec, loadSpec } from "./load/load-spec.js";
import { toOpenApi3 } from "./load/to-openapi3.js";
import { GENERATOR_ROOT } from "./paths.js";
import { DEFAULT_PRINT_WIDTH, type FormatOptions } from "./print/format-options.js";
import { wellFormed } from "./lib/text.js";
import { type OutputFile, printFiles } from "./print/print-files.js";
import { type SpecSource, hasFailures } from "./diagnostics/index.js";
import { validateConverted } from "./validate/index.js";
import { type OutputDifference, compareOutput } from "./write/compare-output.js";
import { readRuntimeFiles } from "./write/runtime-files.js";
import { recoverOutput, writeOutput } from "./write/write-output.js";

export type { ApiDef, Diagnostic, OutputFile, OutputDifference, SurfaceChange };

/** The pipeline's stages, in order, as reported to `onStage`. */
export type Stage = "load" | "build" | "render" | "compare" | "write";

export interface GenerateOptions {
  readonly specPath: string;
  readonly outDir: string;
  /** Write nothing; report the differences between the output and `outDir`. */
  readonly check?: boolean;
  /** Warnings fail the generation too. */
  readonly strict?: boolean;
  readonly tags?: readonly string[];
  readonly packageInfo?: PackageInfo;
  /** Layout: prettier's default style at `printWidth` (100 when absent). */
  readonly format?: FormatOptions;
  readonly templatesDir?: string;
  /**
   * Read `$ref`s into files outside the spec's folder too (files inside it are always read).
   * URLs stay refused: generation does no network access.
   */
  readonly allowExternalRefs?: boolean;
  /**
   * The folder `$ref`s may read files from without `allowExternalRefs`: the spec's folder when
   * absent; a folder above it when the spec's parts live in sibling folders.
   */
  readonly refsRoot?: string;
  /**
   * Enums a response can carry list only the spec's values. By default they are open
   * (`"a" | "b" | (string & {})`), since a server may add a value after the client is generated.
   */
  readonly closedEnums?: boolean;
  /** Called as each stage finishes, with its duration: for progress lines and timings. */
  readonly onStage?: (stage: Stage, elapsedMs: number) => void;
}

export interface GenerateResult {
  /** The spec's path and locator, for formatting diagnostics. */
  readonly spec?: SpecSource;
  readonly api?: ApiDef;
  readonly diagnostics: readonly Diagnostic[];
  /** Empty when diagnostics stopped the generation. */
  readonly files: readonly OutputFile[];
  /** How `outDir` differs (before writing, or instead of writing with `check`). */
  readonly differences: readonly OutputDifference[];
  readonly written: boolean;
  /**
   * How the API surface changed since the output in `outDir` was generated (from its
   * api-surface.json). Absent when nothing differs or there is no earlier surface to compare.
   */
  readonly surfaceChanges?: readonly SurfaceChange[];
}

export const DEFAULT_PACKAGE: PackageInfo = { name: "genesys-cloud-chat-client", version: "0.1.0" };

/**
 * Spec in, package out: load, validate, build the IR, emit, print, then write or compare.
 * Errors in the spec come back as diagnostics, and nothing is written.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const timed = stageTimer(options.onStage);
  const { spec, api, diagnostics } = await loadAndBuild(options, timed);
  if (!api) return { spec, diagnostics, files: [], differences: [], written: false };
  const files = await timed("render", () => renderPackage(api, options, basename(options.specPath)));
  if (!options.check) await recoverOutput(options.outDir);
  const differences = await timed("compare", () => compareOutput(options.outDir, files));
  const surfaceChanges =
    differences.length > 0 ? await surfaceChangesSince(options.outDir, apiSurface(api)) : undefined;
  const write = !options.check && differences.length > 0;
  if (write) await timed("write", () => writeOutput(options.outDir, files));
  return { spec, api, diagnostics, files, differences, written: write, ...(surfaceChanges ? { surfaceChanges } : {}) };
}

/**
 * Load, bundle, validate and build the IR: everything `generate` does before rendering. Only
 * the spec's path and locator leave this function, so the parsed document (the largest thing
 * in memory on a big spec) is freed before rendering. `api` is absent when diagnostics stop it.
 */
export async function loadAndBuild(
  options: Omit<GenerateOptions, "outDir">,
  timed: ReturnType<typeof stageTimer> = stageTimer(undefined),
): Promise<{ spec: SpecSource; api?: ApiDef; diagnostics: Diagnostic[] }> {
  const loaded = await timed("load", () => loadSpec(options.specPath));
  const source: SpecSource = { path: loaded.path, locate: loaded.locate };
  const tooDeep = checkDocumentDepth(loaded.document);
  if (tooDeep) return { spec: source, diagnostics: [tooDeep] };
  const bundled = await bundleExternalRefs(loaded.document, options);
  if (bundled.diagnostics.length > 0) return { spec: source, diagnostics: bundled.diagnostics };
  const spec: LoadedSpec = { ...loaded, document: bundled.document };
  return { spec: source, ...(await timed("build", async () => buildChecked(spec, options))) };
}

/** Runs one stage and reports its duration. */
function stageTimer(onStage: GenerateOptions["onStage"]) {
  return async <T>(stage: Stage, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    onStage?.(stage, performance.now() - started);
    return result;
  };
}

/** Validation first (its errors are the clearest), then the IR and its own diagnostics. */
function buildChecked(
  spec: LoadedSpec,
  options: Omit<GenerateOptions, "outDir">,
): { api?: ApiDef; diagnostics: Diagnostic[] } {
  const document = toOpenApi3(spec.document);
  const validation = validateConverted(spec.document, document);
  if (hasFailures(validation, options.strict)) return { diagnostics: validation };
  const { api, diagnostics } = buildApi(document, {
    tags: options.tags,
    profile: buildProfileFor(document),
    closedEnums: options.closedEnums,
  });
  const all = [...validation, ...diagnostics];
  return hasFailures(all, options.strict) ? { diagnostics: all } : { api, diagnostics: all };
}

/** Every file of the package, in memory: emitted and formatted files plus the runtime. */
export async function renderPackage(api: ApiDef, options: GenerateOptions, specName: string): Promise<OutputFile[]> {
  const profile = emitProfileFor(api);
  const emitted = emitApi(api, { specName, packageInfo: options.packageInfo ?? DEFAULT_PACKAGE, profile });
  // The surface lets the next generation report what changed; package.json "files" leaves it out of the npm package.
  const surface = { path: SURFACE_FILE, text: surfaceToJson(apiSurface(api)) };
  const printed = await printFiles([...emitted, surface], options.format?.printWidth ?? DEFAULT_PRINT_WIDTH);
  const runtime = await readRuntimeFiles(options.templatesDir ?? join(GENERATOR_ROOT, "templates"));
  // Written as UTF-8, a lone surrogate (from spec text) reads back as U+FFFD: compare what is written.
  const files = [...printed, ...runtime].map((file) => ({ ...file, text: wellFormed(file.text) }));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
