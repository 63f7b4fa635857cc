import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { renderSpec } from "../helpers/render.js";
import { writeTree } from "../helpers/typecheck.js";

/**
 * Generates the package of a fixture spec into test/.tmp/<folder>/ and imports its
 * src/index.ts, as a program would import the package. `T` describes what the test uses;
 * a strict type-check of the same files (the snapshot and type tests) holds the rest.
 */
export async function importGenerated<T>(specPath: string, folder: string): Promise<{ module: T; root: string }> {
  const { files } = await renderSpec(specPath);
  const root = await writeTree(folder, files);
  const module = (await import(pathToFileURL(join(root, "src", "index.ts")).href)) as T;
  return { module, root };
}
