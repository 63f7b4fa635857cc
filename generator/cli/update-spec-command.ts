import { type Command, Option } from "commander";
import { updateSpec, type UpdateSpecResult } from "../update-spec/update-spec.js";

interface UpdateSpecFlags {
  readonly from: string;
  readonly out: string;
  readonly tag: string[];
  readonly allTags?: boolean;
  readonly strict?: boolean;
}

/**
 * Adds `chatgen update-spec --from <file> [--out <file>] [--tag <name...>] [--strict]`.
 * Diagnostics go to stderr, the summary to stdout; the exit code is 2 when validation fails
 * (errors, or warnings under --strict) and 0 otherwise. Sets process.exitCode, never exits.
 */
export function registerUpdateSpecCommand(program: Command): Command {
  return program
    .command("update-spec")
    .description("Refresh the OpenAPI spec from an upstream Genesys Swagger 2.0 or OpenAPI 3.x file.")
    .requiredOption("--from <file>", "upstream description (JSON or YAML)")
    .option("--out <file>", "where to write the OpenAPI 3.0 YAML", "spec/chat.openapi.yaml")
    .addOption(
      new Option("--tag <name...>", "keep operations carrying one of these tags")
        .default(["Chat"])
        .conflicts("allTags"),
    )
    .option("--all-tags", "keep every operation of the upstream file")
    .option("--strict", "fail on warnings too")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ chatgen update-spec --from spec/upstream/genesys-chat.swagger.json",
        "  $ chatgen update-spec --from upstream.json --out spec/chat.openapi.yaml --tag Chat",
        "  $ chatgen update-spec --from genesys-platform.swagger.json --out spec/platform.openapi.yaml --all-tags",
        "  $ chatgen update-spec --from upstream.json --strict   # warnings fail too",
        "",
        "Exit codes: 0 written or unchanged, 2 the upstream file is invalid.",
      ].join("\n"),
    )
    .action(async (flags: UpdateSpecFlags) => {
      const result = await updateSpec({
        from: flags.from,
        out: flags.out,
        tags: flags.allTags ? "all" : flags.tag,
        strict: flags.strict === true,
      });
      for (const line of result.lines) process.stderr.write(`${line}\n`);
      process.stdout.write(`${summaryLine(result, flags.out)}\n`);
      process.exitCode = result.failed ? 2 : 0;
    });
}

/** "34 operations, 27 schemas kept; spec/chat.openapi.yaml written." */
export function summaryLine(result: UpdateSpecResult, out: string): string {
  if (result.failed) {
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
    const warnings = result.diagnostics.length - errors;
    return `update-spec failed (${errors} errors, ${warnings} warnings); ${out} not written.`;
  }
  const kept = `${result.operationCount} operations, ${result.schemaCount} schemas kept`;
  return `${kept}; ${out} ${result.written ? "written" : "unchanged"}.`;
}
