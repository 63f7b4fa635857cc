// Runs the property tests with many more cases than CI and a fresh seed each night:
//   node scripts/nightly-property-tests.js [runs] [seed]
// A failure prints the seed and the shrunk counterexample; PROPERTY_SEED=<seed> reproduces it.
import { spawnSync } from "node:child_process";

const runs = process.argv[2] ?? "5000";
const seed = process.argv[3] ?? String(Date.now() % 2_147_483_647);
process.stdout.write(`Property tests: ${runs} cases, seed ${seed}\n`);
const result = spawnSync("npx", ["vitest", "run", "test/property"], {
  stdio: "inherit",
  env: { ...process.env, PROPERTY_RUNS: runs, PROPERTY_SEED: seed },
});
process.exitCode = result.status ?? 1;
