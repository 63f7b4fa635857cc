import { Command, CommanderError } from "commander";
import { registerDiffCommand } from "./cli/diff-command.js";
import { registerGenerateCommand } from "./cli/generate-command.js";
import { registerUpdateSpecCommand } from "./cli/update-spec-command.js";
import { ConfigError } from "./config/index.js";
import { SpecLoadError } from "./load/load-spec.js";

/** The exit code for bad input: an invalid spec, flag or config. */
const INVALID_INPUT = 2;

/** Builds the `chatgen` program; commands set process.exitCode and never exit themselves. */
export function createProgram(version: string): Command {
  const program = new Command("chatgen")
    .description("Generate a typed Genesys Cloud ChatApi client from an OpenAPI description.")
    .version(version)
    .showHelpAfterError()
    .exitOverride();
  registerGenerateCommand(program);
  registerUpdateSpecCommand(program);
  registerDiffCommand(program);
  program.addHelpText(
    "after",
    [
      "",
      "Examples:",
      "  $ chatgen update-spec --from spec/upstream/genesys-chat.swagger.json",
      "  $ chatgen generate",
      "  $ chatgen generate --check",
      "  $ chatgen diff old.openapi.yaml spec/chat.openapi.yaml",
      "",
      "Run `chatgen help <command>` for a command's flags and examples.",
    ].join("\n"),
  );
  return program;
}

/** Runs the CLI: the only place that decides the process's exit code for failures. */
export async function main(argv: readonly string[], version: string): Promise<void> {
  const program = createProgram(version);
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    process.exitCode = exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end through exitOverride too, with code 0.
    return error.exitCode === 0 ? 0 : INVALID_INPUT;
  }
  if (error instanceof SpecLoadError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    return INVALID_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`chatgen: ${message}\n`);
  return 1;
}
