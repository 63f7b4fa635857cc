/**
 * Runs `update-spec` without the built CLI (for example before the generator is bundled):
 * `npx vite-node generator/update-spec/run.ts -- --from <upstream> [--out <file>] [--tag <name>] [--strict]`.
 */
import { Command } from "commander";
import { registerUpdateSpecCommand } from "../cli/update-spec-command.js";

const program = new Command("chatgen");
registerUpdateSpecCommand(program);
// vite-node passes a literal "--" through; commander would read it as "end of options".
const args = process.argv.slice(2).filter((arg) => arg !== "--");
await program.parseAsync(["update-spec", ...args], { from: "user" });
