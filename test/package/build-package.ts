import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { renderSpec } from "../helpers/render.js";
import { writeTree } from "../helpers/typecheck.js";

export const run = promisify(execFile);

/** The npm client that runs this test (npm_execpath is set under `npm test`), else npm from PATH. */
export const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

/**
 * Generates the chat package into test/.tmp/<name> and builds it with its own
 * `npm run build` (tsc ESM + CommonJS), as a user of the package would get it.
 */
export async function buildPackage(name: string): Promise<string> {
  const { files } = await renderSpec(join("spec", "chat.openapi.yaml"));
  const dir = await writeTree(name, files);
  await run(NPM, ["run", "build"], { cwd: dir });
  return dir;
}

/** Makes `packageDir` importable by its name from `appDir`, through node_modules, as after an install. */
export async function linkPackage(appDir: string, packageDir: string, packageName: string): Promise<void> {
  const { mkdir, symlink } = await import("node:fs/promises");
  await mkdir(join(appDir, "node_modules"), { recursive: true });
  await symlink(packageDir, join(appDir, "node_modules", packageName), "dir");
}
