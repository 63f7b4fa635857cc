// Runs one Node process with a time limit and a memory cap, for specs that may make a
// generator loop or grow without bound. The heap is capped with --max-old-space-size and,
// because memory outside the heap is not, resident memory is also polled and the process
// group killed above a ceiling, so one spec cannot take the machine down.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const POLL_INTERVAL_MS = 200;
const HEAD_BYTES = 256 * 1024;
const TAIL_BYTES = 16 * 1024;

/**
 * @typedef {object} CappedResult
 * @property {number | null} code      exit code, null when killed
 * @property {string | null} signal
 * @property {boolean} timedOut         killed at the time limit
 * @property {boolean} outOfMemory      killed at the memory ceiling, or V8 ran out of heap
 * @property {string} stdout            the first 256 KiB and the last 16 KiB
 * @property {string} stderr            the same
 * @property {number} wallMs
 * @property {number} peakMiB           the most resident memory seen while polling
 */

/**
 * Runs `node [--max-old-space-size] script ...args` in `cwd`.
 * @param {{ script: string, args: string[], cwd: string, timeoutMs: number, memoryMiB: number }} options
 * @returns {Promise<CappedResult>}
 */
export function runCapped({ script, args, cwd, timeoutMs, memoryMiB }) {
  // The heap gets most of the ceiling; the rest is for code, buffers and the compiler cache.
  const heapMiB = Math.floor(memoryMiB * 0.8);
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMiB}`, script, ...args], {
    cwd,
    detached: true, // its own process group, so a kill reaches any children too
    stdio: ["ignore", "pipe", "pipe"],
  });
  const started = performance.now();
  const stdout = collect(child.stdout);
  const stderr = collect(child.stderr);
  let timedOut = false;
  let overCeiling = false;
  let peakMiB = 0;
  const killGroup = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup();
  }, timeoutMs);
  const poller = setInterval(() => {
    const resident = residentMiB(child.pid);
    peakMiB = Math.max(peakMiB, resident);
    if (resident > memoryMiB) {
      overCeiling = true;
      killGroup();
    }
  }, POLL_INTERVAL_MS);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      clearInterval(poller);
      const errText = stderr();
      resolve({
        code,
        signal,
        timedOut: timedOut && !overCeiling,
        outOfMemory: overCeiling || /heap out of memory|Allocation failed/i.test(errText),
        stdout: stdout(),
        stderr: errText,
        wallMs: performance.now() - started,
        peakMiB: Math.round(peakMiB),
      });
    });
  });
}

/**
 * Keeps the start of a stream (the diagnostics) and its end (a crash's stack trace).
 * @param {import("node:stream").Readable} stream
 * @returns {() => string}
 */
function collect(stream) {
  /** @type {Buffer[]} */
  const head = [];
  let headSize = 0;
  let tail = Buffer.alloc(0);
  let dropped = false;
  stream.on("data", (chunk) => {
    if (headSize < HEAD_BYTES) {
      head.push(chunk);
      headSize += chunk.length;
      return;
    }
    const joined = Buffer.concat([tail, chunk]);
    dropped ||= joined.length > TAIL_BYTES;
    tail = joined.subarray(Math.max(0, joined.length - TAIL_BYTES));
  });
  return () => {
    const start = Buffer.concat(head).toString("utf8");
    return dropped ? `${start}\n[...]\n${tail.toString("utf8")}` : start + tail.toString("utf8");
  };
}

/**
 * Resident memory of a process in MiB (0 once it has exited).
 * @param {number | undefined} pid
 * @returns {number}
 */
function residentMiB(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
