// Where the benchmark reads from and writes to. Everything it installs or
// generates lives under one folder in the OS temp dir, so runs can reuse
// installed peers and the repository stays untouched (except bench/RESULTS.md).
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root (two levels above this file). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Root of everything the benchmark installs or writes outside the repo. */
export const benchTmp = join(tmpdir(), "chatgen-bench");

/** Creates (if needed) and returns a folder under the benchmark temp root. */
export function tmpFolder(...segments) {
  const folder = join(benchTmp, ...segments);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Creates an empty folder under the temp root, removing what was there. */
export function freshTmpFolder(...segments) {
  const folder = join(benchTmp, ...segments);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Version of a package installed in the repo's node_modules (e.g. typescript). */
export function repoPackageVersion(name) {
  const manifest = join(repoRoot, "node_modules", name, "package.json");
  return JSON.parse(readFileSync(manifest, "utf8")).version;
}

/** Replaces machine-specific absolute paths in text with $TMP / $REPO, for the committed report. */
export function redactPaths(text) {
  // Tools also print paths relative to their working folder (../../<repo path>/file).
  const relativeRepo = new RegExp(
    `(?:\\.\\./)+${repoRoot.slice(1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`,
    "g",
  );
  return text
    .replace(relativeRepo, "$REPO")
    .split(benchTmp)
    .join("$TMP/chatgen-bench")
    .split(tmpdir())
    .join("$TMP")
    .split(repoRoot)
    .join("$REPO");
}
