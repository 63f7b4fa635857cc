import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffApi, formatSurfaceReport, formatSurfaceSummary, loadApiForDiff } from "../../generator/diff/index.js";
import { copyFolder, emptyConfig, generateInto, hashFolder, makeTemp, removeTemp } from "./output-folders.js";
import { linesOf, runBinary, runInProcess } from "./run-cli.js";

const SPEC = join("test", "fixtures", "specs", "path-params.yaml");

let temp = "";
let base = "";
let config = "";
let changedSpec = "";
let copies = 0;

beforeAll(async () => {
  temp = await makeTemp("check");
  base = join(temp, "base");
  config = await emptyConfig(temp);
  await generateInto(SPEC, base);
  // The same spec with one breaking change (a retyped required query parameter) and one addition.
  const text = await readFile(SPEC, "utf8");
  const edited = text
    .replace(
      "{ name: mode, in: query, required: true, schema: { type: string } }",
      "{ name: mode, in: query, required: true, schema: { type: integer } }",
    )
    .replace(
      "- { name: page-size,",
      "- { name: since, in: query, schema: { type: string } }\n        - { name: page-size,",
    );
  if (edited === text) throw new Error("the fixture changed; update the edit above");
  changedSpec = join(temp, "path-params-changed.yaml");
  await writeFile(changedSpec, edited);
});

afterAll(() => removeTemp(temp));

async function freshCopy(): Promise<string> {
  copies += 1;
  return copyFolder(base, join(temp, `out-${copies}`));
}

function check(out: string, spec = SPEC) {
  return runInProcess(["generate", "--check", "--config", config, "--spec", spec, "--out", out]);
}

describe("chatgen generate --check", () => {
  it("exits 0 when the output is fresh, and writes nothing", async () => {
    const out = await freshCopy();
    const before = await hashFolder(out);
    const result = await check(out);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`${out} is up to date with ${SPEC}`);
    expect(await hashFolder(out)).toEqual(before);
  });

  it("exits 1 and names a changed, an extra and a missing file", async () => {
    const out = await freshCopy();
    await writeFile(join(out, "src", "index.ts"), "// edited by hand\n", { flag: "a" });
    await writeFile(join(out, "notes.txt"), "not generated\n");
    await rm(join(out, "tsconfig.cjs.json"));
    const before = await hashFolder(out);
    const result = await check(out);
    expect(result.exitCode).toBe(1);
    // The fixture's own warning (a renamed identifier) comes first.
    const lines = linesOf(result.stderr).filter((line) => !line.includes(": warning "));
    expect(lines[0]).toBe(`${out} is stale: 3 files differ from what ${SPEC} generates:`);
    expect(lines.slice(1, 4)).toEqual([
      "  removed  notes.txt",
      "  changed  src/index.ts",
      "  added    tsconfig.cjs.json",
    ]);
    // Files drifted but the API did not: the report says so.
    expect(result.stderr).toContain("\nAPI surface: no changes.\n");
    expect(result.stderr).not.toContain("## Breaking changes");
    expect(await hashFolder(out)).toEqual(before);
  });

  it("prints the API-surface report when the spec changed", async () => {
    const out = await freshCopy();
    const result = await check(out, changedSpec);
    expect(result.exitCode).toBe(1);
    const before = await loadApiForDiff(SPEC);
    const after = await loadApiForDiff(changedSpec);
    const changes = diffApi(before.api!, after.api!);
    expect(changes.map((c) => [c.kind, c.breaking])).toEqual([
      ["parameter-retyped", true],
      ["option-added", false],
    ]);
    expect(result.stderr).toContain(formatSurfaceReport(changes));
    expect(result.stderr).toContain('Parameter "mode" of method replyToMessage changed type from string to number.');
  });

  it("generate (no --check) prints the surface summary and the breaking change, then the check passes", async () => {
    const out = await freshCopy();
    const result = await runInProcess(["generate", "--config", config, "--spec", changedSpec, "--out", out]);
    expect(result.exitCode).toBe(0);
    const before = await loadApiForDiff(SPEC);
    const after = await loadApiForDiff(changedSpec);
    const changes = diffApi(before.api!, after.api!);
    expect(result.stdout).toContain(`${formatSurfaceSummary(changes)}\n`);
    expect(result.stdout).toContain('  breaking: Parameter "mode" of method replyToMessage changed type');
    expect((await check(out, changedSpec)).exitCode).toBe(0);
  });

  it("through the real binary: exit 1 with the report on stderr", async () => {
    const out = await freshCopy();
    const result = await runBinary(["generate", "--check", "--config", config, "--spec", changedSpec, "--out", out]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("API surface: 2 changes, 1 breaking.");
    expect(result.stderr).toContain("  changed  api-surface.json");
  });
});
