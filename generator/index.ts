import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { emitApi } from "./emit/emit-api.js";
import type { PackageInfo } from "./emit/package-files.js";
import { buildApi } from "./ir/build-api.js";
import type { ApiDef, Diagnostic } from "./ir/types.js";
import { type LoadedSpec, loadSpec } from "./load/load-spec.js";
import { GENERATOR_ROOT } from "./paths.js";
import type { FormatConfig } from "./print/format.js";
import { type OutputFile, printFiles } from "./print/print-files.js";
import { hasFailures, validateSpec } from "./validate/index.js";
import { type OutputDifference, compareOutput } from "./write/compare-output.js";
import { readRuntimeFiles } from "./write/runtime-files.js";
import { recoverOutput, writeOutput } from "./write/write-output.js";

export type { ApiDef, Diagnostic, OutputFile, OutputDifference };

export interface GenerateOptions {
  readonly specPath: string;
  readonly outDir: string;
  /** Write nothing; report the differences between the output and `outDir`. */
  readonly check?: boolean;
  /** Warnings fail the generation too. */
  readonly strict?: boolean;
  readonly tags?: readonly string[];
  readonly packageInfo?: PackageInfo;
  readonly format?: FormatConfig;
  readonly templatesDir?: string;
}

export interface GenerateResult {
  readonly spec?: LoadedSpec;
  readonly api?: ApiDef;
  readonly diagnostics: readonly Diagnostic[];
  /** Empty when diagnostics stopped the generation. */
  readonly files: readonly OutputFile[];
  /** How `outDir` differs (before writing, or instead of writing with `check`). */
  readonly differences: readonly OutputDifference[];
  readonly written: boolean;
}

export const DEFAULT_PACKAGE: PackageInfo = { name: "genesys-cloud-chat-client", version: "0.1.0" };

/**
 * Spec in, package out: load, validate, build the IR, emit, print, then write or compare.
 * Errors in the spec come back as diagnostics, and nothing is written.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const spec = await loadSpec(options.specPath);
  const { api, diagnostics } = buildChecked(spec, options);
  if (!api) return { spec, diagnostics, files: [], differences: [], written: false };
  const files = await renderPackage(api, options, basename(options.specPath));
  if (!options.check) await recoverOutput(options.outDir);
  const differences = await compareOutput(options.outDir, files);
  const write = !options.check && differences.length > 0;
  if (write) await writeOutput(options.outDir, files);
  return { spec, api, diagnostics, files, differences, written: write };
}

/** Validation first (its errors are the clearest), then the IR and its own diagnostics. */
function buildChecked(spec: LoadedSpec, options: GenerateOptions): { api?: ApiDef; diagnostics: Diagnostic[] } {
  const validation = validateSpec(spec);
  if (hasFailures(validation, options.strict)) return { diagnostics: validation };
  const { api, diagnostics } = buildApi(spec.document, { tags: options.tags });
  const all = [...validation, ...diagnostics];
  return hasFailures(all, options.strict) ? { diagnostics: all } : { api, diagnostics: all };
}

/** Every file of the package, in memory: emitted and formatted files plus the runtime. */
export async function renderPackage(api: ApiDef, options: GenerateOptions, specName: string): Promise<OutputFile[]> {
  const emitted = emitApi(api, { specName, packageInfo: options.packageInfo ?? DEFAULT_PACKAGE });
  const format = options.format ?? (await loadFormatConfig());
  const printed = await printFiles(emitted, format);
  const runtime = await readRuntimeFiles(options.templatesDir ?? join(GENERATOR_ROOT, "templates"));
  return [...printed, ...runtime].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The repo's prettier config, passed to prettier explicitly. */
export async function loadFormatConfig(): Promise<FormatConfig> {
  return JSON.parse(await readFile(join(GENERATOR_ROOT, ".prettierrc.json"), "utf8")) as FormatConfig;
}
