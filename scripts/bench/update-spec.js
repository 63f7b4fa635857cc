// `chatgen update-spec --all-tags` on the 16 MB Platform API Swagger file: wall time and peak
// memory of the whole process, to YAML (the default) and to JSON.
import { join } from "node:path";
import { measureProcess } from "./measure-process.js";
import { summarize } from "./stats.js";
import { repoRoot } from "./workspace.js";

const UPSTREAM = join(repoRoot, "test", "fixtures", "upstream", "genesys-platform.swagger.json");

/** { byFormat: { yaml|json: { wall, peak, error } } }, median of `runs` after a warm-up. */
export async function benchUpdateSpec({ runs, scratch, log }) {
  const byFormat = {};
  for (const format of ["yaml", "json"]) {
    const out = join(scratch, `platform-update.openapi.${format}`);
    const args = [
      join(repoRoot, "bin", "chatgen.js"),
      "update-spec",
      "--from",
      UPSTREAM,
      "--out",
      out,
      "--all-tags",
    ];
    const wallMs = [];
    const peakMiB = [];
    let error;
    for (let run = 0; run <= runs && !error; run++) {
      const measured = await measureProcess({ command: process.execPath, args, cwd: repoRoot });
      if (!measured.ok) error = measured.error;
      else if (run > 0) {
        // Run 0 warms the disk cache.
        wallMs.push(measured.wallMs);
        peakMiB.push(measured.peakRssMiB);
      }
    }
    byFormat[format] = { wall: summarize(wallMs), peak: summarize(peakMiB), error };
    log(
      `update-spec ${format}: ${error ?? `${(byFormat[format].wall.median / 1000).toFixed(2)} s`}`,
    );
  }
  return { byFormat };
}
