import { mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { OutputFile } from "../../generator/print/print-files.js";

const RUNTIME = "src/runtime/";

/**
 * Writes many generated packages under `root`, sharing one copy of the runtime through a
 * symlink: TypeScript resolves it to one real path, so one program checks it once.
 */
export class BatchTree {
  private runtimeWritten = false;

  constructor(readonly root: string) {}

  async reset(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
    await mkdir(this.root, { recursive: true });
  }

  /** Writes one package as `<root>/<name>/` and returns the path of its `src/index.ts`. */
  async add(name: string, files: readonly OutputFile[]): Promise<string> {
    const shared = join(this.root, "shared-runtime");
    if (!this.runtimeWritten) {
      for (const file of files.filter((f) => f.path.startsWith(RUNTIME)))
        await writeAt(join(shared, file.path.slice(RUNTIME.length)), file.text);
      this.runtimeWritten = true;
    }
    const dir = join(this.root, name);
    for (const file of files.filter((f) => f.path.endsWith(".ts") && !f.path.startsWith(RUNTIME))) {
      await writeAt(join(dir, file.path), file.text);
    }
    await mkdir(join(dir, "src"), { recursive: true });
    await symlink(shared, join(dir, "src", "runtime"), "dir");
    return join(dir, "src", "index.ts");
  }
}

async function writeAt(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
