// The two client packages the request, size, type-check and cold-start
// benchmarks compare: our generated package and the official Genesys SDK.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { resolvePeer } from "./peers.js";
import { repoRoot, tmpFolder } from "./workspace.js";

/** The release of the official SDK that spec/chat.openapi.yaml was taken from. */
export const OFFICIAL_SDK = { name: "purecloud-platform-client-v2", version: "262.0.0" };

/** Folder of our generated package in the repo. */
export const ourPackageFolder = join(repoRoot, "generated", "chat-client");

/** Installs the official SDK (cached); { name, version, folder } or { error }. */
export async function officialSdk() {
  return resolvePeer({ name: OFFICIAL_SDK.name, pinned: OFFICIAL_SDK.version });
}

/** Entry of our built package (dist, ESM) as its package.json declares it, or undefined. */
export function ourBuiltEntry() {
  const manifestFile = join(ourPackageFolder, "package.json");
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  const root = manifest.exports?.["."] ?? manifest.exports;
  const candidates = [
    root?.import?.default,
    root?.import,
    root?.default,
    manifest.module,
    manifest.main,
  ];
  const entry = candidates.find((candidate) => typeof candidate === "string");
  return entry && existsSync(join(ourPackageFolder, entry))
    ? join(ourPackageFolder, entry)
    : undefined;
}

/** Our package's source entry (src/index.ts), or undefined. */
export function ourSourceEntry() {
  const entry = join(ourPackageFolder, "src", "index.ts");
  return existsSync(entry) ? entry : undefined;
}

/**
 * A loadable ESM file of our client: the built dist entry when the package has
 * been built, else src/ bundled by esbuild (no minification) into the temp folder.
 * Resolves to { file, kind } or { error }.
 */
export async function ourRunnableClient() {
  const built = ourBuiltEntry();
  if (built) return { file: built, kind: "dist (package build)" };
  const source = ourSourceEntry();
  if (!source) return { error: "generated/chat-client/src/index.ts does not exist yet" };
  const file = join(tmpFolder("ours"), "chat-client.mjs");
  try {
    const { build } = await import("esbuild");
    await build({
      entryPoints: [source],
      bundle: true,
      format: "esm",
      platform: "node",
      outfile: file,
      logLevel: "silent",
    });
  } catch (error) {
    return {
      error: `esbuild of src/index.ts: ${String(/** @type {Error} */ (error).message).split("\n")[0]}`,
    };
  }
  return { file, kind: "src/ bundled with esbuild (package not built)" };
}

/**
 * @typedef {object} ClientVariant
 * @property {string} id
 * @property {string} label
 * @property {string} detail
 * @property {string} [target]  what the child process loads (a file or a package folder)
 * @property {string} [error]   why this variant cannot run
 */

/**
 * The three clients every client benchmark compares: raw fetch (the floor), ours, and the
 * official SDK. `sdkDetail` says how that benchmark loads the SDK.
 * @returns {Promise<ClientVariant[]>}
 */
export async function clientVariants({ sdkDetail }) {
  const ours = await ourRunnableClient();
  const sdk = await officialSdk();
  return [
    { id: "raw-fetch", label: "raw fetch (floor)", detail: `Node ${process.version} global fetch` },
    {
      id: "ours",
      label: "ChatApi (ours)",
      target: ours.file,
      detail: ours.kind,
      error: ours.error,
    },
    {
      id: "official-sdk",
      label: `${sdk.name ?? OFFICIAL_SDK.name} ${sdk.version ?? ""}`.trim(),
      target: sdk.folder,
      detail: sdkDetail,
      error: sdk.error,
    },
  ];
}
