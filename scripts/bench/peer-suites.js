#!/usr/bin/env node
// Runs our generator, and openapi-typescript for comparison, on every spec in the peer
// generators' own test suites, type-checks each output under `strict`, and writes a table
// per suite plus the per-spec results. The specs folder holds one subfolder per peer
// repository with its test specs at their original relative paths (so that multi-file
// `$ref`s resolve); see peer-specs.js for which files count as specs.
//
// Usage: node scripts/bench/peer-suites.js --specs <dir> [--out <dir>] [--only <text>]
//          [--tools ours,openapi-typescript] [--jobs 1|2] [--roots-only] [--resume]
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { findSpecs } from "./peer-specs.js";
import { openapiTypescript, ours, runTool } from "./peer-tools.js";
import { renderTables } from "./peer-tables.js";
import { repoPackageVersion, tmpFolder } from "./workspace.js";

/** @type {Record<string, import("./peer-tools.js").Tool>} */
const TOOLS = { ours, "openapi-typescript": openapiTypescript };
const LIMITS = { timeoutMs: 120_000, memoryMiB: 5_120 };
const MAX_JOBS = 2; // the machine's two cores; more only makes every run slower

const USAGE =
  "usage: node scripts/bench/peer-suites.js --specs <dir> [--out <dir>] [--only <text>] " +
  "[--tools ours,openapi-typescript] [--jobs 1|2] [--roots-only] [--resume]";

/** @typedef {import("./peer-specs.js").PeerSpec & { results: Record<string, import("./peer-tools.js").ToolResult> }} SpecResult */

function parseOptions() {
  const { values } = parseArgs({
    options: {
      specs: { type: "string" },
      out: { type: "string" },
      only: { type: "string" },
      tools: { type: "string", default: Object.keys(TOOLS).join(",") },
      jobs: { type: "string", default: String(MAX_JOBS) },
      "roots-only": { type: "boolean", default: false },
      resume: { type: "boolean", default: false },
    },
  });
  if (!values.specs || !existsSync(values.specs)) throw new Error(`--specs <dir> is required`);
  const tools = values.tools.split(",").map((id) => TOOLS[id.trim()]);
  if (tools.some((tool) => !tool)) throw new Error(`--tools: one of ${Object.keys(TOOLS)}`);
  const known = /** @type {import("./peer-tools.js").Tool[]} */ (tools); // none undefined: checked above
  const jobs = Number(values.jobs);
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new Error(`--jobs must be 1 or ${MAX_JOBS}`);
  const out = resolve(values.out ?? tmpFolder("peer-suites"));
  mkdirSync(out, { recursive: true });
  return { ...values, specs: resolve(values.specs), out, tools: known, jobs };
}

/**
 * Runs every tool on one spec, one after the other (so `jobs` bounds the processes).
 * @param {{ spec: import("./peer-specs.js").PeerSpec, tools: import("./peer-tools.js").Tool[], specsFolder: string }} options
 * @returns {Promise<SpecResult>}
 */
async function runSpec({ spec, tools, specsFolder }) {
  /** @type {SpecResult["results"]} */
  const results = {};
  for (const tool of tools) {
    results[tool.id] = await runTool({ tool, specsFolder, spec: spec.path, limits: LIMITS });
  }
  return { ...spec, results };
}

/**
 * Runs `work` on each item, `jobs` at a time, in order of start.
 * @template T, R
 * @param {T[]} items
 * @param {number} jobs
 * @param {(item: T) => Promise<R>} work
 * @returns {Promise<R[]>}
 */
async function pool(items, jobs, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(/** @type {T} */ (items[index])); // index < items.length
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}

/**
 * Results of an earlier, interrupted run (one JSON object a line), by spec path.
 * @param {string} file
 * @returns {Map<string, SpecResult>}
 */
function readPartial(file) {
  if (!existsSync(file)) return new Map();
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  return new Map(lines.map((line) => JSON.parse(line)).map((result) => [result.path, result]));
}

async function main() {
  const options = parseOptions();
  const partialFile = join(options.out, "results.partial.jsonl");
  const done = options.resume ? readPartial(partialFile) : new Map();
  if (!options.resume) writeFileSync(partialFile, "");
  const specs = findSpecs(options.specs)
    .filter((spec) => !options["roots-only"] || !spec.referenced)
    .filter((spec) => !options.only || spec.path.includes(options.only));
  const toRun = specs.filter((spec) => !done.has(spec.path));
  process.stderr.write(
    `${specs.length} specs, ${toRun.length} to run, ${options.jobs} at a time\n`,
  );
  let finished = 0;
  await pool(toRun, options.jobs, async (spec) => {
    const result = await runSpec({ spec, tools: options.tools, specsFolder: options.specs });
    appendFileSync(partialFile, `${JSON.stringify(result)}\n`);
    done.set(spec.path, result);
    const statuses = Object.entries(result.results).map(([id, r]) => `${id} ${r.status}`);
    process.stderr.write(`[${++finished}/${toRun.length}] ${spec.path}: ${statuses.join(", ")}\n`);
  });
  const results = specs.map((spec) => done.get(spec.path)).filter(Boolean);
  const meta = {
    typescript: repoPackageVersion("typescript"),
    "openapi-typescript": repoPackageVersion("openapi-typescript"),
    limits: LIMITS,
  };
  writeFileSync(
    join(options.out, "results.json"),
    `${JSON.stringify({ meta, results }, null, 2)}\n`,
  );
  const tables = renderTables(
    results,
    options.tools.map((tool) => tool.id),
  );
  writeFileSync(join(options.out, "results.md"), `${tables}\n`);
  process.stdout.write(`${tables}\n\nper-spec results: ${join(options.out, "results.json")}\n`);
}

main().catch((error) => {
  process.stderr.write(`peer-suites: ${error.message}\n${USAGE}\n`);
  process.exit(1);
});
