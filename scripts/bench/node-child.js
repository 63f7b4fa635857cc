// Runs one of the benchmark's own scripts in a fresh Node process and reads
// the JSON line it prints last.
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { firstErrorLine } from "./measure-process.js";

/**
 * Runs `node <script> ...args`; resolves to { ok, result, wallMs, error }.
 * @param {{ script: string, args?: string[], cwd?: string, timeoutMs?: number }} options
 */
export function runNodeScript({ script, args = [], cwd, timeoutMs = 120_000 }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const lastLine = stdout.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !lastLine.startsWith("{")) {
        resolve({ ok: false, wallMs, error: firstErrorLine(`${stderr}\n${stdout}`, code, signal) });
        return;
      }
      resolve({ ok: true, wallMs, result: JSON.parse(lastLine) });
    });
  });
}
