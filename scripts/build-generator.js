// Bundles the generator's TypeScript into dist/cli.js with esbuild (dependencies stay
// external), so the chatgen command starts without a TypeScript loader.
import { build } from "esbuild";

await build({
  entryPoints: ["generator/cli.ts"],
  outfile: "dist/cli.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
});
