import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { ACCESS_TOKEN, apiClasses, type ApiClass } from "./sdk-client.js";

const run = promisify(execFile);
const CLI = join(import.meta.dirname, "..", "..", "bin", "chatgen.js");

/** Our client for the platform spec, generated and bundled into a temporary folder. */
export interface GeneratedBuild {
  readonly dir: string;
  /** The bundle of the package's src/index.ts, one CommonJS file. */
  readonly bundle: string;
  remove(): Promise<void>;
}

/** Our generated client, loaded: its API classes and a client pointed at the test server. */
export interface GeneratedClient {
  readonly classes: ReadonlyMap<string, ApiClass>;
  readonly client: unknown;
}

interface GeneratedModule {
  readonly ApiClient: new (options: { basePath: string; accessToken: string }) => unknown;
  readonly [name: string]: unknown;
}

/** Runs `chatgen generate` on the spec, as a user would, then bundles src/index.ts with esbuild. */
export async function generateClient(specPath: string): Promise<GeneratedBuild> {
  const dir = await mkdtemp(join(tmpdir(), "chatgen-wire-"));
  const out = join(dir, "package");
  await run(process.execPath, [CLI, "generate", "--spec", specPath, "--out", out, "--quiet"], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const bundle = join(dir, "client.cjs");
  await build({
    entryPoints: [join(out, "src", "index.ts")],
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    outfile: bundle,
    logLevel: "error",
  });
  return { dir, bundle, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Loads a bundle with Node's own `require` (an `import()` here would send the 8 MB bundle
 * through vitest's transform pipeline) and builds a client for `baseUrl` with the suite's token.
 */
export function loadGenerated(bundle: string, baseUrl: string): GeneratedClient {
  const module = createRequire(import.meta.url)(bundle) as GeneratedModule;
  const client = new module.ApiClient({ basePath: baseUrl, accessToken: ACCESS_TOKEN });
  return { classes: apiClasses(module), client };
}

/** A one-place edit of the bundle, inside the request literal of one operation. */
export interface BundleEdit {
  readonly operationId: string;
  /** Text to find between the literal's `operationId` and its `responseType`. */
  readonly find: string;
  readonly replace: string;
}

/** Writes a copy of the bundle with the edit applied, under a new name, and returns its path. */
export async function editBundle(bundle: string, name: string, edit: BundleEdit): Promise<string> {
  const text = await readFile(bundle, "utf8");
  const start = text.indexOf(`operationId: "${edit.operationId}",`);
  const end = text.indexOf("responseType:", start);
  const at = text.indexOf(edit.find, start);
  if (start === -1 || at === -1 || at > end) {
    throw new Error(`No ${JSON.stringify(edit.find)} in the request of ${edit.operationId}.`);
  }
  const file = bundle.replace(/\.cjs$/, `.${name}.cjs`);
  await writeFile(file, text.slice(0, at) + edit.replace + text.slice(at + edit.find.length));
  return file;
}
