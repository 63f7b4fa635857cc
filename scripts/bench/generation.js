// Benchmark 1: generation, whole CLI process, ours versus the peers, on the
// chat spec and on GitHub's REST description. Wall time and peak RSS.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { GENERATOR_PEERS, installGeneratorPeer, oursTool, runOnce } from "./generators.js";
import { profileFailed, profileOurs } from "./profile-ours.js";
import { chatSpec, githubSpec, platformSpec } from "./specs.js";
import { benchUpdateSpec } from "./update-spec.js";
import { pairedRatio, summarize } from "./stats.js";
import { freshTmpFolder, repoRoot } from "./workspace.js";

/** @typedef {import("./generators.js").GeneratorTool} GeneratorTool */

/**
 * Start Node, load ts-morph, parse the spec: no ts-morph generator can beat it.
 * @returns {GeneratorTool}
 */
function floorTool() {
  return {
    id: "floor",
    label: "floor: node + ts-morph + parse spec",
    version: "",
    command: process.execPath,
    args: (spec) => [join(repoRoot, "scripts", "bench", "floor.js"), spec],
    commandLine: "node scripts/bench/floor.js <spec>",
    cwd: repoRoot,
  };
}

/**
 * Runs the generation benchmark and returns { specs, tools, bySpec, perOperation, profiles }:
 * bySpec[spec][tool] = { wall, peak, ratio, error }; profiles[spec] = where our time goes.
 */
export async function benchGeneration({ runs, log }) {
  const scratch = freshTmpFolder("generation");
  const chat = await chatSpec();
  const specs = [chat, await githubSpec(), platformSpec(scratch)];
  log(
    `generation: specs ${specs.map((spec) => `${spec.label}=${spec.error ?? `${spec.operations} ops`}`).join(", ")}`,
  );
  const tools = [oursTool(), floorTool()];
  for (const peer of GENERATOR_PEERS) {
    const tool = chat.error
      ? { id: peer.id, label: peer.label, error: "no chat spec to check it against" }
      : await installGeneratorPeer(peer, chat.file, scratch);
    tools.push(tool);
    log(`generation: ${peer.name} -> ${tool.error ?? `${tool.version} (${tool.note})`}`);
  }
  const bySpec = {};
  const profiles = {};
  for (const spec of specs) {
    if (spec.error) continue;
    bySpec[spec.label] = await benchSpec({ spec, tools, runs, scratch, log });
    profiles[spec.label] = await profileForReport(spec);
  }
  return {
    profiles,
    specs,
    tools: tools.map(describeTool),
    bySpec,
    perOperation: perOperation(specs, bySpec),
    updateSpec: await benchUpdateSpec({ runs, scratch, log }),
  };
}

// One extra run under the profiler (not timed): where our time goes on this spec.
async function profileForReport(spec) {
  if (!existsSync(join(repoRoot, "bin", "chatgen.js")))
    return { error: "bin/chatgen.js does not exist yet" };
  const profile = await profileOurs(spec.file, spec.label);
  if (profileFailed(profile)) return { error: profile.error };
  const { run, totalMs, packages, functions } = profile;
  return { run, totalMs, packages: packages.slice(0, 8), functions: functions.slice(0, 12) };
}

/**
 * The report (and results.json) keep data only, not the functions that run a tool.
 * @param {GeneratorTool} tool
 */
function describeTool({ id, label, name, version, note, error, commandLine }) {
  return { id, label, name, version, note, error, commandLine };
}

async function benchSpec({ spec, tools, runs, scratch, log }) {
  const results = {};
  for (const tool of tools) results[tool.id] = { wallMs: [], peakMiB: [], error: tool.error };
  const outFolder = (tool) => join(scratch, spec.label, tool.id);
  const active = () => tools.filter((tool) => !results[tool.id].error);
  // Warm-up: fills the disk cache and drops tools that fail on this spec.
  for (const tool of active()) {
    const warm = await runOnce(tool, spec.file, outFolder(tool));
    if (!warm.ok) results[tool.id].error = warm.error;
    log(
      `generation ${spec.label} warm-up ${tool.id}: ${warm.ok ? `${(warm.wallMs / 1000).toFixed(2)} s` : warm.error}`,
    );
  }
  for (let run = 0; run < runs; run++) {
    // Rotate the order each run so no tool always follows the heaviest one.
    const order = rotate(active(), run);
    for (const tool of order) {
      const measured = await runOnce(tool, spec.file, outFolder(tool));
      if (!measured.ok) {
        results[tool.id].error = measured.error;
        continue;
      }
      results[tool.id].wallMs.push(measured.wallMs);
      results[tool.id].peakMiB.push(measured.peakRssMiB);
    }
    log(`generation ${spec.label} run ${run + 1}/${runs} done`);
  }
  return summarizeSpec(results);
}

function summarizeSpec(results) {
  const ours = results.ours;
  const summary = {};
  for (const [id, result] of Object.entries(results)) {
    summary[id] = {
      error: result.error,
      wall: summarize(result.wallMs),
      peak: summarize(result.peakMiB),
      samples: result.wallMs,
      ratio:
        ours.error || result.error || id === "ours"
          ? Number.NaN
          : pairedRatio(ours.wallMs, result.wallMs),
    };
  }
  return summary;
}

function rotate(list, by) {
  if (list.length === 0) return list;
  const shift = by % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}

// Time per operation above the floor, each spec against the smallest: constant means
// every stage is linear; a factor well above 1 means a super-linear stage.
function perOperation(specs, bySpec) {
  const rows = specs
    .filter((spec) => !spec.error && bySpec[spec.label]?.ours && !bySpec[spec.label].ours.error)
    .map((spec) => {
      const ours = bySpec[spec.label].ours.wall.median;
      const floor = bySpec[spec.label].floor?.wall.median ?? Number.NaN;
      return {
        spec: spec.label,
        operations: spec.operations,
        msPerOperation: ours / spec.operations,
        msPerOperationAboveFloor: (ours - floor) / spec.operations,
      };
    });
  const [small, ...larger] = rows;
  const growthOf = (row) => row.msPerOperationAboveFloor / small.msPerOperationAboveFloor;
  // The largest growth from the smallest spec to any larger one.
  const growth = larger.length ? Math.max(...larger.map(growthOf)) : Number.NaN;
  return {
    rows: rows.map((row) => ({ ...row, growth: small ? growthOf(row) : Number.NaN })),
    growth,
  };
}
