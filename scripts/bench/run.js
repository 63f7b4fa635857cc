#!/usr/bin/env node
// `npm run bench`: measures generation, cost per request, size, consumer
// type-check and cold start against the peers, and writes bench/RESULTS.md
// (plus bench/results.json, which lets an `--only` run keep the other sections).
// Usage: node scripts/bench/run.js [--runs N] [--only generation,requests,size,typecheck,cold]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchColdStart } from "./cold-start.js";
import { benchGeneration } from "./generation.js";
import { describeMachine } from "./machine.js";
import { renderReport } from "./report.js";
import { benchRequests } from "./requests.js";
import { benchSize } from "./size.js";
import { evaluateTargets } from "./targets.js";
import { benchTypecheck } from "./typecheck.js";
import { redactPaths, repoPackageVersion, repoRoot } from "./workspace.js";

// Section name on the command line -> key in the results and the function that measures it.
const BENCHMARKS = {
  generation: { key: "generation", run: benchGeneration },
  requests: { key: "requests", run: benchRequests },
  size: { key: "size", run: benchSize, deterministic: true },
  typecheck: { key: "typecheck", run: benchTypecheck },
  cold: { key: "coldStart", run: benchColdStart },
};

const USAGE =
  "usage: node scripts/bench/run.js [--runs N] [--only generation,requests,size,typecheck,cold]";
const resultsFolder = join(repoRoot, "bench");
const resultsJson = join(resultsFolder, "results.json");

/** A bad command line: reported as one line with the usage, no stack trace. */
class UsageError extends Error {}

function readFlags() {
  try {
    return parseArgs({
      options: { runs: { type: "string", default: "5" }, only: { type: "string" } },
    }).values;
  } catch (error) {
    throw new UsageError(/** @type {Error} */ (error).message);
  }
}

function parseOptions() {
  const values = readFlags();
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new UsageError(`--runs must be a positive integer, got "${values.runs}"`);
  const only = values.only?.split(",").map((name) => name.trim());
  for (const name of only ?? []) {
    if (!BENCHMARKS[name])
      throw new UsageError(
        `--only: unknown benchmark "${name}" (one of ${Object.keys(BENCHMARKS).join(", ")})`,
      );
  }
  return { runs, only: values.only, selected: only ?? Object.keys(BENCHMARKS) };
}

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

// A partial run keeps the sections it did not measure from the previous results.
function previousResults(options) {
  if (!options.only || !existsSync(resultsJson)) return {};
  return JSON.parse(readFileSync(resultsJson, "utf8"));
}

async function main() {
  const options = parseOptions();
  const results = {
    ...previousResults(options),
    startedAt: new Date().toISOString(),
    options: { runs: options.runs, only: options.only },
    machine: describeMachine(),
    typescript: repoPackageVersion("typescript"),
    esbuild: repoPackageVersion("esbuild"),
  };
  log(
    `machine: ${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}; runs: ${options.runs}`,
  );
  for (const name of options.selected) {
    const { key, run, deterministic = false } = BENCHMARKS[name];
    log(`${name}: start`);
    const startedAt = new Date().toISOString();
    results[key] = {
      ...(await run({ runs: options.runs, log })),
      measured: { runs: options.runs, deterministic, startedAt },
    };
  }
  // A busy machine shows here: compare with the load at start before trusting a run.
  results.machine.loadAtEnd = loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
  mkdirSync(resultsFolder, { recursive: true });
  writeFileSync(join(resultsFolder, "RESULTS.md"), renderReport(results));
  writeFileSync(resultsJson, `${redactPaths(JSON.stringify(results, null, 2))}\n`);
  for (const row of evaluateTargets(results))
    log(`target ${row.status}: ${row.target} — ${row.measured}`);
  log("wrote bench/RESULTS.md and bench/results.json");
}

main().catch((error) => {
  const message =
    error instanceof UsageError ? `${error.message}\n${USAGE}` : (error.stack ?? error);
  process.stderr.write(`[bench] failed: ${message}\n`);
  process.exitCode = 1;
});
