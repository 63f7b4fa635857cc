// Turns the results of one `npm run bench` into bench/RESULTS.md: machine,
// versions, commands, the targets table, then one section per measurement.
import { OFFICIAL_SDK } from "./client-packages.js";
import { failed, table } from "./markdown.js";
import { generationSection, profileSection } from "./report-generation.js";
import {
  coldStartSection,
  requestsSection,
  sizeSection,
  typecheckSection,
} from "./report-sections.js";
import { evaluateTargets } from "./targets.js";
import { redactPaths } from "./workspace.js";

/** The whole RESULTS.md text for `results` ({ machine, startedAt, options, generation?, requests?, size?, typecheck?, coldStart? }). */
export function renderReport(results) {
  const sections = [
    header(results),
    machineSection(results.machine),
    versionsSection(results),
    commandsSection(results),
    targetsSection(results),
    measuredSection("1. Generation", results.generation, (generation) =>
      [generationSection(generation), profileSection(generation.profiles)].join("\n"),
    ),
    measuredSection("2. Cost per request", results.requests, requestsSection),
    measuredSection("3a. Size", results.size, sizeSection),
    measuredSection("3b. Consumer type-check", results.typecheck, typecheckSection),
    measuredSection("4. Cold start", results.coldStart, coldStartSection),
  ];
  return `${redactPaths(sections.join("\n"))}\n`;
}

// A section, with when and how often it was measured: after `--only` runs the
// sections of one file can come from different runs.
function measuredSection(title, result, render) {
  if (!result) return `## ${title}\n\nNot measured yet.\n`;
  const { runs, deterministic, startedAt } = result.measured ?? {};
  const repeats = deterministic
    ? "once (sizes do not vary)"
    : `${runs ?? "?"} run(s) after a warm-up`;
  return `${render(result)}\n_Measured ${startedAt ?? "?"}, ${repeats}._\n`;
}

function header(results) {
  return [
    "# Benchmark results",
    "",
    `Written by \`npm run bench\` (\`scripts/bench/run.js\`); do not edit by hand. Last run ${results.startedAt} ` +
      `with \`--runs ${results.options.runs}\`${results.options.only ? `, \`--only ${results.options.only}\` (other sections kept from the previous run)` : ""}. ` +
      "Every number is the median (with minimum–maximum) over the runs, after a warm-up run.",
    "",
    "Run it yourself: `npm run bench` (all), `npm run bench -- --runs 1` (quick), " +
      "`npm run bench -- --only generation|requests|size|typecheck|cold`. It needs the npm registry: peers are installed " +
      "into `$TMP/chatgen-bench/peers` (`$TMP` = the OS temp folder) and reused while their versions stay the same. " +
      "Peak memory uses GNU time (Debian: `apt-get install time`) when `/usr/bin/time` exists, else polls `/proc`. CI does not run it.",
    "",
  ].join("\n");
}

function machineSection(machine) {
  const rows = [
    ["CPU", machine.cpu],
    ["Cores", machine.cores],
    ["Memory", `${machine.memoryGiB.toFixed(1)} GiB`],
    ["OS", machine.os],
    ["Node", machine.node],
    ["npm", machine.npm],
    ["Load average at start (1/5/15 min)", machine.loadAtStart],
    ["Load average at end", machine.loadAtEnd ?? "n/a"],
    ["Peak memory measured with", machine.peakMemoryMethod],
  ];
  return ["## Machine", "", table(["", ""], rows), ""].join("\n");
}

function versionsSection(results) {
  const rows = [];
  for (const tool of results.generation?.tools ?? []) {
    if (tool.id === "floor") continue;
    rows.push([
      tool.name ?? tool.label,
      tool.error ? failed(tool.error) : tool.version,
      tool.note ?? "",
    ]);
  }
  for (const spec of results.generation?.specs ?? []) {
    if (spec.version) rows.push(["@octokit/openapi", spec.version, spec.note ?? ""]);
  }
  rows.push([
    OFFICIAL_SDK.name,
    OFFICIAL_SDK.version,
    "pinned: spec/chat.openapi.yaml describes this release",
  ]);
  rows.push([
    "typescript (for every peer, the consumer check and ours)",
    results.typescript,
    "the repo's version, installed beside each peer",
  ]);
  rows.push(["esbuild (size)", results.esbuild, "the repo's version"]);
  return [
    "## Versions",
    "",
    "Each peer is the newest release that installs and generates the chat spec on this Node.",
    "",
    table(["Package", "Version", "How chosen"], rows),
    "",
  ].join("\n");
}

function commandsSection(results) {
  const lines = [
    "## Commands",
    "",
    "Generation (each a whole process, `node <bin>`, fresh output folder per run):",
    "",
  ];
  for (const tool of results.generation?.tools ?? []) {
    if (tool.error) continue;
    lines.push(`- ${tool.label}: \`${tool.commandLine}\``);
  }
  lines.push(
    "",
    "Requests, size, type-check and cold start: `scripts/bench/requests-worker.js`, `size.js`, `typecheck.js`, `cold-start-child.js` (see each section).",
    "",
  );
  return lines.join("\n");
}

function targetsSection(results) {
  const status = { met: "met", missed: "**missed**", "not measured": "not measured" };
  const rows = evaluateTargets(results).map((row) => [
    row.target,
    row.measured,
    row.floor,
    status[row.status],
  ]);
  return [
    "## Targets",
    "",
    '"Best possible here" is what the floor measured in the same run would score (a bare ts-morph generator, raw `fetch`, ' +
      "`tsc` on a file with no imports): a target beyond it cannot be met on this machine by any design.",
    "",
    table(["Target", "Measured", "Best possible here", "Status"], rows),
    "",
  ].join("\n");
}
