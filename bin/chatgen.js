#!/usr/bin/env node
// The chatgen command: runs the bundled generator (built by `npm run build`, which `npm install` runs).
import { readFileSync } from "node:fs";

const { main } = await import("../dist/cli.js").catch((error) => {
  process.stderr.write("chatgen: the generator is not built; run `npm run build` (npm install does it).\n");
  throw error;
});
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
await main(process.argv.slice(2), version);
