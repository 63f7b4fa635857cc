// One run of our generator under `node --cpu-prof`, summarised: where the
// time goes, so a missed generation target points at its cause.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { summarizeCpuProfile } from "./cpu-profile.js";
import { measureProcess } from "./measure-process.js";
import { freshTmpFolder, repoRoot } from "./workspace.js";

/** @typedef {{ ok: boolean, error?: string, wallMs: number }} ProfiledRun */
/** @typedef {{ run: ProfiledRun, error: string }} ProfileFailure */
/**
 * @typedef {{ run: ProfiledRun, profileFile: string, error?: undefined }
 *   & ReturnType<typeof summarizeCpuProfile>} ProfileSuccess
 */

/**
 * Profiles `node bin/chatgen.js generate` on `specFile`; resolves to
 * { run, profileFile, totalMs, packages, functions } (see summarizeCpuProfile).
 * @param {string} specFile
 * @param {string} label
 * @returns {Promise<ProfileFailure | ProfileSuccess>}
 */
export async function profileOurs(specFile, label) {
  const folder = freshTmpFolder("profile", label);
  const run = await measureProcess({
    command: process.execPath,
    args: [
      "--cpu-prof",
      "--cpu-prof-dir",
      folder,
      join(repoRoot, "bin", "chatgen.js"),
      "generate",
      "--spec",
      specFile,
      "--out",
      join(folder, "out"),
    ],
    cwd: repoRoot,
  });
  const profileName = readdirSync(folder).find((name) => name.endsWith(".cpuprofile"));
  if (!profileName) return { run, error: run.error ?? "no .cpuprofile written" };
  const profileFile = join(folder, profileName);
  return {
    run: { ok: run.ok, error: run.error, wallMs: run.wallMs },
    profileFile,
    ...summarizeCpuProfile(profileFile),
  };
}

/**
 * True when profiling failed (`error` set): the same test as `if (profile.error)`,
 * written as a type guard so the other branch has the summary's fields.
 * @param {ProfileFailure | ProfileSuccess} profile
 * @returns {profile is ProfileFailure}
 */
export function profileFailed(profile) {
  return Boolean(profile.error);
}
