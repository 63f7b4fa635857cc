import { type Command, Option } from "commander";
import { formatSurfaceReport, formatSurfaceSummary } from "../diff/index.js";
import { type GenerateResult, generate } from "../index.js";
import { formatDiagnostic } from "../diagnostics/index.js";
import {
  DEFAULT_OUT,
  DEFAULT_SPEC,
  type GenerateSettings,
  resolveSettings,
  type SettingFlags,
} from "./generate-settings.js";
import { createReporter, type Reporter, type ReporterFlags } from "./reporter.js";

interface GenerateFlags extends SettingFlags, ReporterFlags {
  readonly check?: boolean;
  readonly strict?: boolean;
  readonly allowExternalRefs?: boolean;
  readonly refsRoot?: string;
  readonly closedEnums?: boolean;
}

const EXAMPLES = [
  "",
  "Settings come from the flags, then chatgen.config.yaml (or --config <file>), then the defaults.",
  "",
  "Examples:",
  "  $ chatgen generate",
  "  $ chatgen generate --spec spec/chat.openapi.yaml --out generated/chat-client",
  "  $ chatgen generate --check    # in CI: exit 1 and report what changed when generated/ has drifted",
  "  $ chatgen generate --config ci/chatgen.config.yaml --quiet",
  "  $ chatgen generate --verbose  # diagnostics plus the time each stage took",
  "",
  "Exit codes: 0 done or up to date, 1 --check found stale output, 2 invalid spec, flag or config.",
].join("\n");

/**
 * Adds `chatgen generate`: spec in, package out, with a surface report when the API changed.
 * Exit codes: 0 done (or up to date), 1 `--check` found stale output, 2 invalid spec.
 */
export function registerGenerateCommand(program: Command): Command {
  return program
    .command("generate")
    .description("Generate the typed client package from the OpenAPI spec.")
    .option("--config <file>", "config file (default: chatgen.config.yaml when it exists)")
    .option("--spec <file>", `OpenAPI 3.x spec, YAML or JSON (default: ${DEFAULT_SPEC})`)
    .option("--out <dir>", `output folder of the package (default: ${DEFAULT_OUT})`)
    .option("--check", "write nothing; exit 1, list the differing files and report the API changes when stale")
    .option("--strict", "fail on warnings too")
    .addOption(
      new Option("--tag <name...>", "only operations carrying one of these tags (and only their classes)").conflicts(
        "allTags",
      ),
    )
    .option("--all-tags", "every operation, whatever the config's tags say (the default without a config)")
    .option(
      "--refs-root <dir>",
      "the folder $ref'd files may come from (default: the spec's folder); name one above the spec when its parts live in sibling folders",
    )
    .option("--allow-external-refs", "also read $ref'd files outside that folder (URLs are never fetched)")
    .option(
      "--closed-enums",
      "enums in responses list only the spec's values (default: they also take values a server adds later)",
    )
    .option("--package-name <name>", "name in the generated package.json")
    .option("--package-version <version>", "version in the generated package.json")
    .addOption(new Option("--quiet", "print errors only").conflicts("verbose"))
    .option("--verbose", "print diagnostics, settings and the time each stage took")
    .addHelpText("after", EXAMPLES)
    .action(async (flags: GenerateFlags) => {
      const reporter = createReporter(flags);
      const settings = await resolveSettings(flags);
      if (settings.configFile) reporter.detail(`chatgen: settings from ${settings.configFile}`);
      const started = performance.now();
      const result = await generate({
        ...settings,
        check: flags.check === true,
        strict: flags.strict === true,
        allowExternalRefs: flags.allowExternalRefs === true,
        ...(flags.refsRoot !== undefined ? { refsRoot: flags.refsRoot } : {}),
        closedEnums: flags.closedEnums === true,
        onStage: (stage, ms) => reporter.stage(stage, ms),
      });
      printDiagnostics(result, reporter);
      process.exitCode = report({
        result,
        settings,
        check: flags.check === true,
        reporter,
        elapsedMs: performance.now() - started,
      });
    });
}

/** Errors always; warnings unless quiet. */
function printDiagnostics(result: GenerateResult, reporter: Reporter): void {
  if (!result.spec) return;
  for (const diagnostic of result.diagnostics) {
    const line = formatDiagnostic(diagnostic, result.spec);
    if (diagnostic.severity === "error") reporter.error(line);
    else reporter.warn(line);
  }
}

interface Outcome {
  readonly result: GenerateResult;
  readonly settings: GenerateSettings;
  readonly check: boolean;
  readonly reporter: Reporter;
  readonly elapsedMs: number;
}

/** Prints the outcome and returns the exit code. */
function report({ result, settings, check, reporter, elapsedMs }: Outcome): number {
  const { specPath: spec, outDir: out } = settings;
  if (!result.api) {
    reporter.error(`chatgen: ${spec} is invalid; nothing was written.`);
    return 2;
  }
  // An operation with several tags is in several classes but is one operation.
  const operations = new Set(result.api.resources.flatMap((r) => r.operations)).size;
  const what = `${result.files.length} files (${operations} operations, ${result.api.models.length} models)`;
  if (check) return reportCheck(result, settings, reporter, what);
  const seconds = (elapsedMs / 1000).toFixed(2);
  const change = result.written ? `${result.differences.length} files changed` : "already up to date";
  reporter.info(`Generated ${what} into ${out} in ${seconds} s; ${change}.`);
  if (result.surfaceChanges) reportSurfaceSummary(result, reporter);
  return 0;
}

function reportCheck(
  result: GenerateResult,
  { specPath: spec, outDir: out }: GenerateSettings,
  reporter: Reporter,
  what: string,
): number {
  if (result.differences.length === 0) {
    reporter.info(`${out} is up to date with ${spec}: ${what}.`);
    return 0;
  }
  // A stale check is the failure CI reports, so it prints even in quiet mode.
  reporter.error(`${out} is stale: ${result.differences.length} files differ from what ${spec} generates:`);
  for (const d of result.differences) reporter.error(`  ${d.change.padEnd(8)} ${d.path}`);
  if (result.surfaceChanges) reporter.error(`\n${formatSurfaceReport(result.surfaceChanges).trimEnd()}\n`);
  reporter.error("Run `npm run generate` and commit the result.");
  return 1;
}

/** The one-line summary, then each breaking change: what a reviewer of the regeneration needs first. */
function reportSurfaceSummary(result: GenerateResult, reporter: Reporter): void {
  const changes = result.surfaceChanges ?? [];
  reporter.info(formatSurfaceSummary(changes));
  for (const c of changes) if (c.breaking) reporter.info(`  breaking: ${c.message}`);
  if (reporter.verbosity === "verbose") reporter.info(formatSurfaceReport(changes).trimEnd());
}
