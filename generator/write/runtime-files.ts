import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { compareCodeUnits } from "../lib/compare.js";
import type { OutputFile } from "../print/print-files.js";

/** The runtime from templates/, byte for byte, placed under src/runtime/. */
export async function readRuntimeFiles(templatesDir: string): Promise<OutputFile[]> {
  const runtimeDir = join(templatesDir, "runtime");
  const names = (await readdir(runtimeDir)).filter((n) => n.endsWith(".ts")).sort(compareCodeUnits);
  return Promise.all(
    names.map(async (name) => ({
      path: `src/runtime/${name}`,
      text: await readFile(join(runtimeDir, name), "utf8"),
    })),
  );
}
