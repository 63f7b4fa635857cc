// Benchmark 4: cold start. A new Node process imports the client, constructs
// it and makes the first call to the local server; ours versus the official
// SDK, with raw fetch as the floor (Node start plus the first fetch).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { clientVariants } from "./client-packages.js";
import { runNodeScript } from "./node-child.js";
import { startRoomServer } from "./room-server.js";
import { pairedRatio, summarize } from "./stats.js";

const CHILD = join(fileURLToPath(new URL(".", import.meta.url)), "cold-start-child.js");
const METRICS = ["importMs", "firstCallMs", "sinceProcessStartMs", "processWallMs"];

/** Runs the cold-start benchmark; returns { variants: [{ id, label, detail, error?, [metric]: summary, ratio }] }. */
export async function benchColdStart({ runs, log }) {
  const variants = await clientVariants({ sdkDetail: "package main (CommonJS)" });
  const samples = Object.fromEntries(
    variants.map((variant) => [
      variant.id,
      Object.fromEntries(METRICS.map((metric) => [metric, []])),
    ]),
  );
  const server = await startRoomServer();
  try {
    // Run 0 is the warm-up (disk cache); it is not recorded.
    for (let run = 0; run <= runs; run++) {
      for (const variant of variants.filter((candidate) => !candidate.error)) {
        const options = { variant: variant.id, port: server.port, target: variant.target };
        const outcome = await runNodeScript({ script: CHILD, args: [JSON.stringify(options)] });
        if (!outcome.ok) variant.error = outcome.error;
        else if (run > 0)
          record(samples[variant.id], { ...outcome.result, processWallMs: outcome.wallMs });
      }
      if (run > 0) log(`cold start run ${run}/${runs} done`);
    }
  } finally {
    await server.close();
  }
  return { variants: variants.map((variant) => summarizeVariant(variant, samples)) };
}

function record(target, result) {
  for (const metric of METRICS) target[metric].push(result[metric]);
}

function summarizeVariant(variant, samples) {
  const summary = { ...variant };
  for (const metric of METRICS)
    summary[metric] = summarize(variant.error ? [] : samples[variant.id][metric]);
  const comparable =
    !variant.error && variant.id !== "ours" && samples.ours.sinceProcessStartMs.length > 0;
  summary.ratio = comparable
    ? pairedRatio(samples.ours.sinceProcessStartMs, samples[variant.id].sinceProcessStartMs)
    : Number.NaN;
  return summary;
}
