// How to run each generator as a whole CLI process: ours, and the peers users
// would otherwise pick, each configured as its README shows for a fetch client.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { measureProcess } from "./measure-process.js";
import { binPath, resolvePeer, sameTypeScriptSpec } from "./peers.js";
import { repoRoot } from "./workspace.js";

/** The peers, with the arguments each CLI needs to turn `spec` into files under `out`. */
export const GENERATOR_PEERS = [
  {
    id: "hey-api",
    name: "@hey-api/openapi-ts",
    label: "@hey-api/openapi-ts (fetch client)",
    bin: "openapi-ts",
    args: (spec, out) => ["-i", spec, "-o", out, "-c", "@hey-api/client-fetch"],
  },
  {
    id: "openapi-typescript",
    name: "openapi-typescript",
    label: "openapi-typescript (.d.ts)",
    bin: "openapi-typescript",
    args: (spec, out) => [spec, "-o", join(out, "schema.d.ts")],
  },
  {
    id: "oazapfts",
    name: "oazapfts",
    label: "oazapfts (.ts)",
    bin: "oazapfts",
    args: (spec, out) => [spec, join(out, "api.ts")],
  },
  {
    id: "orval",
    name: "orval",
    label: "orval (fetch client)",
    bin: "orval",
    args: (spec, out) => ["-i", spec, "-o", join(out, "api.ts"), "--client", "fetch"],
  },
];

/**
 * A generator run as a whole CLI process; one that could not be installed has only
 * `id`, `label` and `error`.
 * @typedef {object} GeneratorTool
 * @property {string} id
 * @property {string} label
 * @property {string} [name]
 * @property {string} [version]
 * @property {string} [note]
 * @property {string} [error]
 * @property {string} [command]
 * @property {(spec: string, out: string) => string[]} [args]
 * @property {string} [commandLine]
 * @property {string} [cwd]
 */

/**
 * Our generator as a tool: `node bin/chatgen.js generate --spec <file> --out <dir>`.
 * @returns {GeneratorTool}
 */
export function oursTool() {
  return {
    id: "ours",
    label: "chatgen (ours)",
    version: "workspace",
    command: process.execPath,
    args: (spec, out) => [
      join(repoRoot, "bin", "chatgen.js"),
      "generate",
      "--spec",
      spec,
      "--out",
      out,
    ],
    commandLine: "node bin/chatgen.js generate --spec <spec> --out <out>",
    cwd: repoRoot,
  };
}

/**
 * Installs a peer (newest release that generates the chat spec here) and
 * returns it as a tool, or { id, label, error }.
 * @returns {Promise<GeneratorTool>}
 */
export async function installGeneratorPeer(peer, chatSpec, scratch) {
  const works = async ({ folder }) => {
    try {
      return await runOnce(
        peerTool(peer, folder, "?"),
        chatSpec,
        join(scratch, `smoke-${peer.id}`),
      );
    } catch (error) {
      // A release without the expected bin entry simply does not work here.
      return { ok: false, error: /** @type {Error} */ (error).message };
    }
  };
  const resolved = await resolvePeer({
    name: peer.name,
    extraSpecs: [sameTypeScriptSpec()],
    works,
  });
  if (resolved.error) return { id: peer.id, label: peer.label, error: resolved.error };
  return { ...peerTool(peer, resolved.folder, resolved.version), note: resolved.note };
}

function peerTool(peer, folder, version) {
  const script = binPath(folder, peer.name, peer.bin);
  return {
    id: peer.id,
    label: peer.label,
    name: peer.name,
    version,
    command: process.execPath,
    args: (spec, out) => [script, ...peer.args(spec, out)],
    cwd: folder,
    commandLine: [peer.bin, ...peer.args("<spec>", "<out>")].join(" "),
  };
}

/** Runs a tool once on a spec into a fresh output folder; resolves to measureProcess()'s result. */
export async function runOnce(tool, spec, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  if (tool.id === "ours" && !existsSync(join(repoRoot, "bin", "chatgen.js"))) {
    return { ok: false, error: "bin/chatgen.js does not exist yet" };
  }
  return measureProcess({ command: tool.command, args: tool.args(spec, out), cwd: tool.cwd });
}
