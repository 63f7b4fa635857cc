import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { compareCodeUnits } from "../lib/compare.js";
import type { OutputFile } from "../print/print-files.js";

/** Build products the generator never writes and never deletes. */
export const PRESERVED = new Set(["node_modules", "dist"]);

export interface OutputDifference {
  readonly path: string;
  readonly change: "added" | "removed" | "changed";
}

/** What would change in `outDir` if `files` were written: added, removed and changed files. */
export async function compareOutput(outDir: string, files: readonly OutputFile[]): Promise<OutputDifference[]> {
  const existing = new Map<string, string>();
  for (const path of await listFiles(outDir)) existing.set(path, await readFile(join(outDir, path), "utf8"));
  const differences: OutputDifference[] = [];
  for (const file of files) {
    const current = existing.get(file.path);
    if (current === undefined) differences.push({ path: file.path, change: "added" });
    else if (current !== file.text) differences.push({ path: file.path, change: "changed" });
    existing.delete(file.path);
  }
  for (const path of existing.keys()) differences.push({ path, change: "removed" });
  return differences.sort((a, b) => compareCodeUnits(a.path, b.path));
}

/** Every file under `dir` (relative, "/"-separated), skipping preserved build folders. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(dir, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join("/"),
    )
    .filter((path) => !PRESERVED.has(path.split("/")[0]!))
    .sort(compareCodeUnits);
}
