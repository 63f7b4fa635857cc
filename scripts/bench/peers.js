// Installs the packages we compare against into the benchmark temp folder and
// picks, for each, the newest release that works on this Node: try the newest,
// and if it does not install or does not run, search back through releases.
// Installs are cached by version; the choice is cached by (newest release, Node major, TypeScript).
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareVersions, npmInstall, npmView, stableVersionsNewestFirst } from "./npm.js";
import { findNewestWorking } from "./newest-working.js";
import { repoPackageVersion, tmpFolder } from "./workspace.js";

const MAX_ATTEMPTS = 10;
const INSTALLED_MARKER = ".bench-installed";

/**
 * Resolves a peer to { name, version, folder, note } or { name, error }.
 * `works(installed)` is the smoke test: does this install actually run here?
 * `extraSpecs` are installed beside it (the same TypeScript as ours, so no peer
 * silently pulls a different compiler).
 * @param {{
 *   name: string,
 *   pinned?: string,
 *   extraSpecs?: string[],
 *   works?: (installed: { name: string, version: string, folder: string }) =>
 *     { ok: boolean, error?: string } | Promise<{ ok: boolean, error?: string }>,
 * }} options
 */
export async function resolvePeer({ name, pinned, extraSpecs = [], works = () => ({ ok: true }) }) {
  if (pinned) return await resolvePinned({ name, version: pinned, extraSpecs, works });
  const newest = npmView(name, "dist-tags.latest");
  if (!newest) return { name, error: "npm view failed (no registry access?)" };
  const cacheKey = `${name}@${newest}|node${process.versions.node.split(".")[0]}|${extraSpecs.join(",")}`;
  const cached = readChoices()[cacheKey];
  if (
    cached &&
    existsSync(join(installFolder(name, cached.version, extraSpecs), INSTALLED_MARKER))
  ) {
    return { name, ...cached, folder: installFolder(name, cached.version, extraSpecs) };
  }
  const versions = stableVersionsNewestFirst(name).filter(
    (version) => compareVersions(version, newest) <= 0,
  );
  const chosen = await searchNewestWorking({ name, versions, extraSpecs, works });
  if (chosen.error) return { name, error: chosen.error };
  // Record the declared engines: a release may run here although it declares a newer Node.
  const engines = npmView(`${name}@${chosen.version}`, "engines.node");
  const note = engines ? `${chosen.note}; declares node ${engines}` : chosen.note;
  saveChoice(cacheKey, { version: chosen.version, note });
  return { name, ...chosen, note };
}

async function resolvePinned({ name, version, extraSpecs, works }) {
  const attempt = await tryVersion({ name, version, extraSpecs, works });
  if (!attempt.ok) return { name, error: `${name}@${version}: ${attempt.error}` };
  return { name, version, folder: attempt.folder, note: "pinned" };
}

async function searchNewestWorking({ name, versions, extraSpecs, works }) {
  const attempt = (version) => tryVersion({ name, version, extraSpecs, works });
  const { version, failures } = await findNewestWorking(versions, attempt, MAX_ATTEMPTS);
  const newest = versions[0];
  if (!newest) return { error: "no published versions found" };
  if (!version)
    return { error: `no release works here; newest ${newest}: ${failures.get(newest)}` };
  const note =
    version === newest
      ? "newest"
      : `newest that works here; ${newest} fails: ${failures.get(newest)}`;
  return { version, folder: installFolder(name, version, extraSpecs), note };
}

async function tryVersion({ name, version, extraSpecs, works }) {
  const folder = installFolder(name, version, extraSpecs);
  const marker = join(folder, INSTALLED_MARKER);
  if (!existsSync(marker)) {
    process.stderr.write(`  installing ${name}@${version} ${extraSpecs.join(" ")}\n`);
    const installed = npmInstall(folder, [`${name}@${version}`, ...extraSpecs]);
    if (!installed.ok) {
      rmSync(folder, { recursive: true, force: true });
      return { ok: false, error: `npm install: ${installed.error}` };
    }
    writeFileSync(marker, new Date().toISOString());
  }
  const smoke = await works({ name, version, folder });
  return smoke.ok ? { ok: true, folder } : { ok: false, error: `does not run: ${smoke.error}` };
}

function installFolder(name, version, extraSpecs) {
  const suffix = extraSpecs.map((spec) => spec.replace(/[@/]/g, "_")).join("-");
  return tmpFolder(
    "peers",
    `${name.replace(/[@/]/g, "_")}@${version}${suffix ? `-${suffix}` : ""}`,
  );
}

function choicesFile() {
  return join(tmpFolder("peers"), "choices.json");
}

function readChoices() {
  return existsSync(choicesFile()) ? JSON.parse(readFileSync(choicesFile(), "utf8")) : {};
}

function saveChoice(key, choice) {
  writeFileSync(choicesFile(), JSON.stringify({ ...readChoices(), [key]: choice }, null, 2));
}

/** Path of a package's bin script inside an install folder (run it with `node`). */
export function binPath(folder, name, binName) {
  const packageFolder = join(folder, "node_modules", name);
  const manifest = JSON.parse(readFileSync(join(packageFolder, "package.json"), "utf8"));
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.[binName];
  if (!bin) throw new Error(`${name} has no bin "${binName}"`);
  return join(packageFolder, bin);
}

/** "typescript@<the repo's version>": installed beside every generator peer. */
export function sameTypeScriptSpec() {
  return `typescript@${repoPackageVersion("typescript")}`;
}
