// The inputs of the generation benchmark: the chat spec from this repo, GitHub's REST
// description, and the whole Genesys Platform API.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { resolvePeer } from "./peers.js";
import { repoRoot } from "./workspace.js";

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Number of operations in a parsed OpenAPI document. */
export function countOperations(document) {
  let count = 0;
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const method of HTTP_METHODS) if (pathItem?.[method]) count++;
  }
  return count;
}

/** The chat spec: { label, file, operations } (operations counted from the YAML). */
export async function chatSpec() {
  const file = join(repoRoot, "spec", "chat.openapi.yaml");
  if (!existsSync(file)) return { label: "chat", error: "spec/chat.openapi.yaml does not exist" };
  const { parse } = await import("yaml");
  return {
    label: "chat",
    file,
    displayPath: "spec/chat.openapi.yaml",
    operations: countOperations(parse(readFileSync(file, "utf8"))),
  };
}

/**
 * GitHub's REST description: the newest @octokit/openapi that installs, and in
 * it the api.github.com file with $refs kept (the dereferenced variant is 5x
 * larger and not what users feed a generator).
 */
export async function githubSpec() {
  const peer = await resolvePeer({
    name: "@octokit/openapi",
    works: ({ folder }) => findGithubFile(folder),
  });
  if (peer.error) return { label: "github", error: peer.error };
  const found = findGithubFile(peer.folder);
  return {
    label: "github",
    file: found.file,
    displayPath: `@octokit/openapi@${peer.version}/generated/${found.fileName}`,
    operations: found.operations,
    version: peer.version,
    note: peer.note,
  };
}

function findGithubFile(folder) {
  const generated = join(folder, "node_modules", "@octokit", "openapi", "generated");
  if (!existsSync(generated))
    return { ok: false, error: "no generated/ folder in @octokit/openapi" };
  const fileName = readdirSync(generated).find((name) => name === "api.github.com.json");
  if (!fileName)
    return { ok: false, error: "no generated/api.github.com.json in @octokit/openapi" };
  const file = join(generated, fileName);
  const operations = countOperations(JSON.parse(readFileSync(file, "utf8")));
  return { ok: true, file, fileName, operations };
}

/**
 * The whole Genesys Platform API (3,315 operations) as OpenAPI 3: the repo's copy of the upstream
 * Swagger 2.0 file, converted once by our own `update-spec --all-tags`, so every generator
 * (ours and the peers, most of which do not read Swagger 2.0) gets the same OpenAPI 3 file.
 */
export function platformSpec(scratch) {
  const upstream = join(repoRoot, "test", "fixtures", "upstream", "genesys-platform.swagger.json");
  if (!existsSync(upstream))
    return { label: "platform", error: "the platform upstream file is missing" };
  const file = join(scratch, "platform.openapi.json");
  const converted = spawnSync(
    process.execPath,
    [
      join(repoRoot, "bin", "chatgen.js"),
      "update-spec",
      "--from",
      upstream,
      "--out",
      file,
      "--all-tags",
    ],
    { encoding: "utf8" },
  );
  if (converted.status !== 0)
    return { label: "platform", error: `update-spec failed: ${converted.stderr.slice(-300)}` };
  return {
    label: "platform",
    file,
    displayPath: "genesys-platform.swagger.json converted by `chatgen update-spec --all-tags`",
    operations: countOperations(JSON.parse(readFileSync(file, "utf8"))),
  };
}
