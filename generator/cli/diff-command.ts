import type { Command } from "commander";
import { diffApi, formatSurfaceReport, loadApiForDiff } from "../diff/index.js";

interface DiffFlags {
  readonly failOnBreaking?: boolean;
  readonly tag: string[];
  readonly json?: boolean;
}

const EXAMPLES = [
  "",
  "Each spec may be an OpenAPI 3 spec or an upstream Swagger 2.0 file (converted in memory, as update-spec would).",
  "",
  "Examples:",
  "  $ chatgen diff old/chat.openapi.yaml spec/chat.openapi.yaml",
  "  $ chatgen diff test/fixtures/upstream/genesys-chat-seed-era.swagger.json spec/upstream/genesys-chat.swagger.json",
  "  $ chatgen diff before.yaml after.yaml --fail-on-breaking   # exit 1 when callers would break",
  "",
  "Exit codes: 0 compared, 1 breaking changes under --fail-on-breaking, 2 a spec is invalid.",
].join("\n");

/** Adds `chatgen diff <before> <after>`: the API-surface report between two specs. */
export function registerDiffCommand(program: Command): Command {
  return program
    .command("diff")
    .description("Report how the generated client's API changes between two specs, breaking changes first.")
    .argument("<before>", "the older spec (OpenAPI 3 or Swagger 2.0)")
    .argument("<after>", "the newer spec (OpenAPI 3 or Swagger 2.0)")
    .option("--fail-on-breaking", "exit 1 when any change breaks callers")
    .option("--tag <name...>", "operations to keep from a Swagger 2.0 file", ["Chat"])
    .option("--json", "print the changes as JSON instead of text")
    .addHelpText("after", EXAMPLES)
    .action(async (beforePath: string, afterPath: string, flags: DiffFlags) => {
      const before = await loadApiForDiff(beforePath, flags.tag);
      const after = await loadApiForDiff(afterPath, flags.tag);
      for (const line of [...before.lines, ...after.lines]) process.stderr.write(`${line}\n`);
      if (!before.api || !after.api) {
        const bad = before.api ? afterPath : beforePath;
        process.stderr.write(`chatgen: ${bad} is invalid; nothing was compared.\n`);
        process.exitCode = 2;
        return;
      }
      const changes = diffApi(before.api, after.api);
      process.stdout.write(flags.json ? `${JSON.stringify(changes, null, 2)}\n` : formatSurfaceReport(changes));
      process.exitCode = flags.failOnBreaking && changes.some((c) => c.breaking) ? 1 : 0;
    });
}
