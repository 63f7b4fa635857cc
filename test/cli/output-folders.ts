import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { generate } from "../../generator/index.js";

/** A fresh empty folder under the OS temp dir; remove it with `removeTemp`. */
export function makeTemp(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `chatgen-${prefix}-`));
}

export function removeTemp(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** Generates `specPath` into `outDir` through the library, failing loudly if nothing is written. */
export async function generateInto(specPath: string, outDir: string): Promise<void> {
  const result = await generate({ specPath, outDir });
  if (!result.written) throw new Error(`generating ${specPath} into ${outDir} wrote nothing`);
}

/** Copies a generated package so a test can let chatgen loose on it. */
export async function copyFolder(from: string, to: string): Promise<string> {
  await cp(from, to, { recursive: true });
  return to;
}

/** Every file under `dir` (dotfiles and build folders too) with the sha256 of its bytes. */
export async function hashFolder(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const hashes: [string, string][] = [];
  for (const entry of entries.filter((e) => e.isFile())) {
    const full = join(entry.parentPath, entry.name);
    const bytes = await readFile(full);
    hashes.push([relative(dir, full).split(sep).join("/"), createHash("sha256").update(bytes).digest("hex")]);
  }
  return Object.fromEntries(hashes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** An empty config file, so tests do not pick up the repo's chatgen.config.yaml. */
export async function emptyConfig(dir: string): Promise<string> {
  const path = join(dir, "empty.config.yaml");
  await writeFile(path, "# no settings: defaults and flags only\n");
  return path;
}
