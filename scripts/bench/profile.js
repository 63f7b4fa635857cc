#!/usr/bin/env node
// Profiles one run of our generator with `node --cpu-prof` and prints the
// functions and packages with the most self time: where a missed generation
// target has to be fixed.
// Usage: node scripts/bench/profile.js [--spec chat|github] [--top 25]
import { parseArgs } from "node:util";
import { profileFailed, profileOurs } from "./profile-ours.js";
import { chatSpec, githubSpec } from "./specs.js";
import { redactPaths } from "./workspace.js";

const { values } = parseArgs({
  options: { spec: { type: "string", default: "github" }, top: { type: "string", default: "25" } },
});
const spec = values.spec === "chat" ? await chatSpec() : await githubSpec();
if (spec.error) throw new Error(`${values.spec} spec: ${spec.error}`);

// A spec without `error` has a file.
const profile = await profileOurs(/** @type {string} */ (spec.file), spec.label);
const status = profile.run.ok ? "ok" : redactPaths(profile.run.error);
console.log(
  `ours on ${spec.label} (${spec.operations} operations): ${status}, ` +
    `${(profile.run.wallMs / 1000).toFixed(2)} s wall with profiling overhead`,
);
if (profileFailed(profile)) throw new Error(profile.error);

const percent = (ms) => `${((ms / profile.totalMs) * 100).toFixed(1)}%`.padStart(6);
const line = (entry, name) =>
  `  ${entry.selfMs.toFixed(0).padStart(7)} ms ${percent(entry.selfMs)}  ${name}`;
console.log(`\nself time by package (total ${profile.totalMs.toFixed(0)} ms sampled):`);
for (const entry of profile.packages.slice(0, 12)) console.log(line(entry, entry.name));
console.log(`\ntop ${values.top} functions by self time:`);
for (const entry of profile.functions.slice(0, Number(values.top))) {
  console.log(line(entry, `${entry.name}  ${redactPaths(entry.location)}`));
}
console.log(
  `\nprofile: ${redactPaths(profile.profileFile)} (open in Chrome DevTools > Performance)`,
);
