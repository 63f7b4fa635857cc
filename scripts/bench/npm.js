// Thin wrappers around the npm client: look one package up, install packages
// into a private folder. Only the packages the benchmark compares against are
// ever looked up.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { firstErrorLine } from "./measure-process.js";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function runNpm(args, cwd) {
  const result = spawnSync(NPM, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return {
    ok: result.status === 0,
    stdout: result.stdout ?? "",
    stderr: result.stderr ?? "",
    status: result.status,
  };
}

/** `npm view <spec> <fields> --json`, parsed; undefined when npm fails. */
export function npmView(spec, ...fields) {
  const result = runNpm(["view", spec, ...fields, "--json"]);
  if (!result.ok || !result.stdout.trim()) return undefined;
  return JSON.parse(result.stdout);
}

/** Stable (non-prerelease) published versions of a package, newest first. */
export function stableVersionsNewestFirst(name) {
  const versions = npmView(name, "versions") ?? [];
  return [versions]
    .flat()
    .filter((version) => !version.includes("-"))
    .sort(compareVersions)
    .reverse();
}

/** Compares two x.y.z versions numerically (for sort). */
export function compareVersions(a, b) {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Installs `specs` (e.g. ["orval@8.30.0", "typescript@5.9.3"]) into `folder`,
 * which gets its own package.json so npm never walks up into another project.
 * Resolves to { ok, error }.
 */
export function npmInstall(folder, specs) {
  const manifest = join(folder, "package.json");
  if (!existsSync(manifest)) writeFileSync(manifest, '{ "private": true }\n');
  const result = runNpm(
    ["install", "--no-audit", "--no-fund", "--loglevel=error", ...specs],
    folder,
  );
  return {
    ok: result.ok,
    error: result.ok ? undefined : npmErrorLine(result.stderr, result.status),
  };
}

// npm's first error line is only a code ("npm error code ETARGET"); the next says what is wrong.
function npmErrorLine(stderr, status) {
  const informative = stderr
    .split("\n")
    .filter((line) => line.startsWith("npm error") && !/^npm error (code|errno) /.test(line));
  return firstErrorLine(informative.join("\n") || stderr, status);
}

/** Version of the npm client itself (for the report). */
export function npmVersion() {
  return runNpm(["--version"]).stdout.trim();
}
