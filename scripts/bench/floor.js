// The floor for any ts-morph generator, run as its own process by the
// generation benchmark: start Node, load ts-morph (and TypeScript with it),
// parse the spec. No generator written on ts-morph can finish sooner.
// Usage: node scripts/bench/floor.js <spec.yaml|spec.json>
import { readFileSync } from "node:fs";

const [specFile] = process.argv.slice(2);
if (!specFile) throw new Error("usage: node scripts/bench/floor.js <spec>");

const { Project } = await import("ts-morph");
const text = readFileSync(specFile, "utf8");
const document = specFile.endsWith(".json") ? JSON.parse(text) : (await import("yaml")).parse(text);
// Touch both so neither import nor parse can be optimised away.
if (typeof Project !== "function" || !document.paths) process.exitCode = 1;
