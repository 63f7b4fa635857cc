import { execFileSync } from "node:child_process";

/** The CLI tests run the bundled generator, so bundle it once before any test. */
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build-generator.js"], { stdio: "inherit" });
}
