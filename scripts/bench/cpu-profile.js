// Reads a V8 .cpuprofile (from `node --cpu-prof`) and sums self time per
// function and per package, to find what limits the generator.
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * Self time of a profile: { totalMs, functions: [{ name, location, selfMs }], packages: [{ name, selfMs }] },
 * both lists sorted by self time, largest first.
 */
export function summarizeCpuProfile(file) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicrosByNode = new Map();
  profile.samples.forEach((nodeId, index) => {
    selfMicrosByNode.set(
      nodeId,
      (selfMicrosByNode.get(nodeId) ?? 0) + (profile.timeDeltas[index] ?? 0),
    );
  });
  const sourceLocation = sourceMapper();
  const functions = new Map();
  const packages = new Map();
  let totalMicros = 0;
  for (const [nodeId, micros] of selfMicrosByNode) {
    const { functionName, url, lineNumber, columnNumber } = nodeById.get(nodeId).callFrame;
    const location = url
      ? (sourceLocation(url, lineNumber, columnNumber) ?? `${shortenUrl(url)}:${lineNumber + 1}`)
      : "";
    const key = `${functionName}@${location}`;
    const entry = functions.get(key) ?? {
      name: functionName || "(anonymous)",
      location,
      selfMs: 0,
    };
    entry.selfMs += micros / 1000;
    functions.set(key, entry);
    const owner = packageOf(url, functionName);
    packages.set(owner, (packages.get(owner) ?? 0) + micros / 1000);
    totalMicros += micros;
  }
  const bySelf = (a, b) => b.selfMs - a.selfMs;
  return {
    totalMs: totalMicros / 1000,
    functions: [...functions.values()].sort(bySelf),
    packages: [...packages].map(([name, selfMs]) => ({ name, selfMs })).sort(bySelf),
  };
}

// Our dist/cli.js is an esbuild bundle with a linked source map: report
// generator/<file>.ts:<line> rather than a line of the bundle.
function sourceMapper() {
  const maps = new Map();
  const mapFor = (url) => {
    if (!maps.has(url)) {
      const file = url.startsWith("file:") ? fileURLToPath(url) : url;
      const mapFile = `${file}.map`;
      const isOurs = !url.includes("node_modules/") && existsSync(mapFile);
      maps.set(url, isOurs ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8"))) : undefined);
    }
    return maps.get(url);
  };
  return (url, lineNumber, columnNumber) => {
    const entry = url.startsWith("node:")
      ? undefined
      : mapFor(url)?.findEntry(lineNumber, columnNumber);
    if (!entry?.originalSource) return undefined;
    const source = entry.originalSource.replace(/^.*?\/(generator|templates)\//, "$1/");
    return `${source}:${entry.originalLine + 1}`;
  };
}

// Keeps the part of a file URL a reader recognises: the package path or the repo-relative path.
function shortenUrl(url) {
  const inModules = url.lastIndexOf("node_modules/");
  if (inModules >= 0) return url.slice(inModules + "node_modules/".length);
  const inRepo = /\/(dist|generator|scripts|bin)\//.exec(url);
  return inRepo ? url.slice(inRepo.index + 1) : url.replace(/^file:\/\//, "");
}

function packageOf(url, functionName) {
  if (!url) return functionName.startsWith("(") ? functionName : "(native / V8)";
  if (url.startsWith("node:")) return "node: built-ins";
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(
    url.slice(Math.max(url.lastIndexOf("node_modules/"), 0)),
  );
  return match ? match[1] : "project files (dist/, generator/, bench)";
}
