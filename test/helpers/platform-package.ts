import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { TMP_ROOT } from "./typecheck.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** The whole Genesys Platform API: 3,315 operations, 87 tags (a copy of the upstream download). */
export const PLATFORM_SPEC = join(ROOT, "test", "fixtures", "upstream", "genesys-platform.swagger.json");

/** A fingerprint of what the output depends on: the built generator, the runtime, the spec's size. */
function fingerprint(): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(join(ROOT, "dist", "cli.js")));
  const runtime = join(ROOT, "templates", "runtime");
  for (const name of readdirSync(runtime).sort()) hash.update(name).update(readFileSync(join(runtime, name)));
  hash.update(String(readFileSync(PLATFORM_SPEC).length));
  return hash.digest("hex").slice(0, 16);
}

let pending: Promise<string> | undefined;

/**
 * The platform package, generated with `chatgen generate` as a user would, once per generator
 * build: several test files (wire, strict tsc, tree-shaking) share it. It is written beside its
 * final place and renamed in, so a test never sees half of it.
 */
export function platformPackage(): Promise<string> {
  return (pending ??= generateOnce());
}

async function generateOnce(): Promise<string> {
  const dir = join(TMP_ROOT, `platform-${fingerprint()}`);
  if (existsSync(join(dir, "package.json"))) return dir;
  const staging = `${dir}.${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(TMP_ROOT, { recursive: true });
  await promisify(execFile)(
    process.execPath,
    [join(ROOT, "bin", "chatgen.js"), "generate", "--spec", PLATFORM_SPEC, "--out", staging, "--quiet", "--all-tags"],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  // Another test file may have finished first; either copy is the same.
  if (existsSync(join(dir, "package.json"))) await rm(staging, { recursive: true, force: true });
  else await rename(staging, dir);
  return dir;
}
