import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { TMP_ROOT } from "../helpers/typecheck.js";

const run = promisify(execFile);
const CACHE = join(TMP_ROOT, "real-specs");

/** A public spec shipped inside an npm package, pinned to one version. */
export interface NpmSpec {
  readonly name: string;
  readonly version: string;
  /** Path of the spec inside the package tarball. */
  readonly file: string;
}

/**
 * Fetches the package tarball with `npm pack` (nothing is installed) and extracts the spec,
 * both cached under test/.tmp/real-specs, and returns the spec's path.
 */
export async function fetchNpmSpec(spec: NpmSpec): Promise<string> {
  const dir = join(CACHE, `${spec.name.replace(/[@/]/g, "_")}-${spec.version}`);
  const specPath = join(dir, spec.file);
  if (existsSync(specPath)) return specPath;
  await mkdir(dir, { recursive: true });
  const { stdout } = await run("npm", ["pack", `${spec.name}@${spec.version}`, "--pack-destination", dir, "--silent"], {
    maxBuffer: 1 << 20,
  });
  const tarball = join(dir, stdout.trim().split("\n").pop()!);
  await run("tar", ["xzf", tarball, "-C", dir, spec.file]);
  return specPath;
}
