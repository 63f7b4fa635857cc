// Benchmark 2: the generated client's cost per request. Raw fetch (the floor),
// our ChatApi and the official SDK each loop over GET /api/v2/chats/rooms/{jid}
// against a node:http server in this process, each in its own child process.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { clientVariants } from "./client-packages.js";
import { runNodeScript } from "./node-child.js";
import { startRoomServer } from "./room-server.js";
import { pairedRatio, summarize } from "./stats.js";

const WORKER = join(fileURLToPath(new URL(".", import.meta.url)), "requests-worker.js");

/** Loop bounds: stop at whichever comes first. Warm-up runs in the same process before timing. */
export const LOOP = { warmupRequests: 500, maxRequests: 20_000, maxMs: 1_500 };
/** Sequential calls, and calls with eight in flight (one process, so the same connection pool). */
export const MODES = [
  { id: "sequential", label: "sequential (1 in flight)", concurrency: 1 },
  { id: "concurrent", label: "concurrent (8 in flight)", concurrency: 8 },
];

/** Runs the request benchmark; returns { variants, modes, byMode: { [mode]: { [variant]: summary } } }. */
export async function benchRequests({ runs, log }) {
  const variants = await prepareVariants();
  for (const variant of variants)
    log(`requests: ${variant.id} -> ${variant.error ?? variant.detail}`);
  const server = await startRoomServer();
  const byMode = {};
  try {
    for (const mode of MODES)
      byMode[mode.id] = await benchMode({ mode, variants, runs, port: server.port, log });
  } finally {
    await server.close();
  }
  return { variants, modes: MODES, loop: LOOP, byMode };
}

function prepareVariants() {
  return clientVariants({ sdkDetail: "package main (CommonJS), gateway set to the local server" });
}

async function benchMode({ mode, variants, runs, port, log }) {
  const samples = Object.fromEntries(
    variants.map((variant) => [variant.id, { rps: [], cpuMicros: [], error: variant.error }]),
  );
  for (let run = 0; run < runs; run++) {
    // Rotate so no variant always runs right after the same neighbour.
    const active = variants.filter((variant) => !samples[variant.id].error);
    const order = active.map((_, index) => active[(index + run) % active.length]);
    for (const variant of order) {
      const options = {
        variant: variant.id,
        port,
        target: variant.target,
        concurrency: mode.concurrency,
        ...LOOP,
      };
      const outcome = await runNodeScript({ script: WORKER, args: [JSON.stringify(options)] });
      if (!outcome.ok) {
        samples[variant.id].error = outcome.error;
        continue;
      }
      const { requests, elapsedMs, cpuMicros } = outcome.result;
      samples[variant.id].rps.push((requests / elapsedMs) * 1000);
      samples[variant.id].cpuMicros.push(cpuMicros / requests);
    }
    log(`requests ${mode.id} run ${run + 1}/${runs} done`);
  }
  return summarizeMode(samples);
}

function summarizeMode(samples) {
  const summary = {};
  const ours = samples.ours;
  for (const [id, sample] of Object.entries(samples)) {
    const comparable = !sample.error && !ours.error && id !== "ours";
    summary[id] = {
      error: sample.error,
      rps: summarize(sample.rps),
      cpuMicros: summarize(sample.cpuMicros),
      // ours / this variant, pair by pair: >1 rps ratio means ours is faster.
      rpsRatio: comparable ? pairedRatio(ours.rps, sample.rps) : Number.NaN,
      cpuRatio: comparable ? pairedRatio(ours.cpuMicros, sample.cpuMicros) : Number.NaN,
    };
  }
  return summary;
}
