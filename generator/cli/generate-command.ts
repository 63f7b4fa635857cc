import type { Command } from "commander";
import { type GenerateResult, generate } from "../index.js";
import { formatDiagnostic } from "../validate/index.js";

interface GenerateFlags {
  readonly spec: string;
  readonly out: string;
  readonly check?: boolean;
  readonly strict?: boolean;
  readonly tag?: string[];
}

/**
 * Adds `chatgen generate [--spec <file>] [--out <dir>] [--check] [--strict] [--tag <name...>]`.
 * Exit codes: 0 done (or up to date), 1 `--check` found stale output, 2 invalid spec.
 */
export function registerGenerateCommand(program: Command): Command {
  return program
    .command("generate")
    .description("Generate the typed client package from the OpenAPI spec.")
    .option("--spec <file>", "OpenAPI 3.x spec (YAML or JSON)", "spec/chat.openapi.yaml")
    .option("--out <dir>", "output folder of the package", "generated/chat-client")
    .option("--check", "write nothing; exit 1 and list the files that differ when the output is stale")
    .option("--strict", "fail on warnings too")
    .option("--tag <name...>", "only operations with these tags")
    .addHelpText("after", [
      "",
      "Examples:",
      "  $ chatgen generate",
      "  $ chatgen generate --spec spec/chat.openapi.yaml --out generated/chat-client",
      "  $ chatgen generate --check    # in CI: fail when generated/ has drifted from spec/",
    ].join("\n"))
    .action(async (flags: GenerateFlags) => {
      const started = performance.now();
      const result = await generate({
        specPath: flags.spec,
        outDir: flags.out,
        check: flags.check === true,
        strict: flags.strict === true,
        tags: flags.tag,
      });
      printDiagnostics(result);
      process.exitCode = report(result, flags, performance.now() - started);
    });
}

function printDiagnostics(result: GenerateResult): void {
  if (!result.spec) return;
  for (const diagnostic of result.diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic, result.spec)}\n`);
}

/** Prints the outcome and returns the exit code. */
function report(result: GenerateResult, flags: GenerateFlags, elapsedMs: number): number {
  if (!result.api) {
    process.stderr.write(`chatgen: ${flags.spec} is invalid; nothing was written.\n`);
    return 2;
  }
  const operations = result.api.resources.reduce((n, r) => n + r.operations.length, 0);
  const what = `${result.files.length} files (${operations} operations, ${result.api.models.length} models)`;
  if (flags.check) {
    if (result.differences.length === 0) {
      process.stdout.write(`${flags.out} is up to date with ${flags.spec}: ${what}.\n`);
      return 0;
    }
    process.stderr.write(`${flags.out} is stale: ${result.differences.length} files differ from what ${flags.spec} generates:\n`);
    for (const d of result.differences) process.stderr.write(`  ${d.change.padEnd(8)} ${d.path}\n`);
    process.stderr.write("Run `npm run generate` and commit the result.\n");
    return 1;
  }
  const seconds = (elapsedMs / 1000).toFixed(2);
  const change = result.written ? `${result.differences.length} files changed` : "already up to date";
  process.stdout.write(`Generated ${what} into ${flags.out} in ${seconds} s; ${change}.\n`);
  return 0;
}
