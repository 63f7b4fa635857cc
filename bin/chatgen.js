#!/usr/bin/env node
// The chatgen command: runs the bundled generator (built by `npm run build`, which `npm install` runs).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// Most of a run on a small spec is V8 compiling TypeScript's compiler (inside ts-morph); a code
// cache on disk lets later runs skip that. Set DISABLE_V8_COMPILE_CACHE=1 to turn it off.
createRequire(import.meta.url)("v8-compile-cache");

const { main } = await import("../dist/cli.js").catch((error) => {
  process.stderr.write("chatgen: the generator is not built; run `npm run build` (npm install does it).\n");
  throw error;
});
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
await main(process.argv.slice(2), version);
