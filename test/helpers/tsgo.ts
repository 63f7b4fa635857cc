import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Runs TypeScript's native compiler (`tsgo`, @typescript/native-preview): several times faster
 * than tsc on a generated package of thousands of files. Its verdicts are checked against tsc's
 * in `test/platform/tsgo-parity.test.ts`.
 */
export function tsgo(args: readonly string[]): Promise<{ exitCode: number; output: string }> {
  const packageJson = createRequire(import.meta.url).resolve("@typescript/native-preview/package.json");
  const bin = join(dirname(packageJson), "bin", "tsgo");
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ exitCode, output: `${stdout}${stderr}`.trim() });
    });
  });
}
