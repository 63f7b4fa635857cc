// Runs one whole process and measures its wall time and peak memory.
// Peak RSS comes from GNU time (`/usr/bin/time -f %M`, Debian package "time")
// when it is installed; otherwise from polling /proc/<pid>/status VmHWM, which
// can miss growth in the last polling interval.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { tmpdir } from "node:os";

const GNU_TIME = "/usr/bin/time";
const POLL_INTERVAL_MS = 10;

/** How peak memory is measured on this machine (for the report). */
export function peakMemoryMethod() {
  return existsSync(GNU_TIME)
    ? "GNU time `%M` (max RSS)"
    : "polling /proc/<pid>/status VmHWM every 10 ms";
}

/**
 * Runs `command args` in `cwd` and resolves to
 * { ok, wallMs, peakRssMiB, error, output } where error is the first meaningful output line of a
 * failure and output the first 64 KiB of stdout and stderr.
 */
export function measureProcess({ command, args, cwd, env = process.env, timeoutMs = 600_000 }) {
  const useGnuTime = existsSync(GNU_TIME);
  const rssFile = join(
    tmpdir(),
    `chatgen-bench-rss-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  );
  const [file, argv] = useGnuTime
    ? [GNU_TIME, ["-o", rssFile, "-f", "%M", command, ...args]]
    : [command, args];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const output = collectOutput(child);
    const poller = useGnuTime ? undefined : pollPeakRss(child.pid);
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code, signal) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      const peakKiB = poller ? poller.stop() : readGnuTimeRss(rssFile);
      const ok = code === 0;
      resolve({
        ok,
        wallMs,
        peakRssMiB: peakKiB / 1024,
        error: ok ? undefined : firstErrorLine(output.text(), code, signal),
        output: output.text(),
      });
    });
  });
}

function collectOutput(child) {
  const chunks = [];
  let size = 0;
  const keep = (chunk) => {
    // Only the start of the output is needed for the error line; cap memory.
    if (size < 64 * 1024) chunks.push(chunk);
    size += chunk.length;
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  return { text: () => Buffer.concat(chunks).toString("utf8") };
}

function readGnuTimeRss(file) {
  try {
    const lines = readFileSync(file, "utf8").trim().split("\n");
    // GNU time prefixes "Command exited with non-zero status N" on failure.
    return Number(lines.at(-1));
  } catch {
    return Number.NaN;
  } finally {
    rmSync(file, { force: true });
  }
}

function pollPeakRss(pid) {
  let peak = Number.NaN;
  const read = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) peak = Math.max(Number.isNaN(peak) ? 0 : peak, Number(match[1]));
    } catch {
      // The process has exited; keep the last value read.
    }
  };
  const interval = setInterval(read, POLL_INTERVAL_MS);
  read();
  return {
    stop() {
      clearInterval(interval);
      return peak;
    },
  };
}

/** First line of output that looks like an error, without ANSI colours; falls back to the exit code. */
export function firstErrorLine(text, code, signal) {
  const lines = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes, which start with ESC.
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const errorLine =
    lines.find((line) => /error|cannot|not found|failed|unexpected/i.test(line)) ?? lines[0];
  const status = signal ? `signal ${signal}` : `exit code ${code}`;
  return errorLine ? `${errorLine.slice(0, 200)} (${status})` : status;
}
