import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/index.js";
import { runInProcess } from "../cli/run-cli.js";
import { TMP_ROOT } from "../helpers/typecheck.js";
import { specWith } from "./spec-factory.js";

const DIR = join(TMP_ROOT, "external-refs");
const ROOM = { type: "object", required: ["id"], properties: { id: { type: "string" }, name: { type: "string" } } };

async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(join(DIR, path)), { recursive: true });
  await writeFile(join(DIR, path), JSON.stringify(value));
}

/** Generates (in memory) from spec/<name>.json, a spec whose Root schema is `root`. */
async function generateWithRoot(name: string, root: unknown, allowExternalRefs = false) {
  await writeJson(`spec/${name}.json`, specWith({ Root: root }));
  return generate({ specPath: join(DIR, "spec", `${name}.json`), outDir: join(DIR, "out"), check: true, allowExternalRefs });
}

const problems = (result: { diagnostics: readonly { severity: string; code: string; message: string }[] }) =>
  result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code}: ${d.message}`);

beforeAll(async () => {
  await rm(DIR, { recursive: true, force: true });
  await writeJson("spec/parts/room.json", { Room: ROOM });
  await writeJson("shared/room.json", { Room: ROOM });
  await writeJson("spec/parts/a.json", { A: { type: "object", properties: { b: { $ref: "b.json#/B" } } } });
  await writeJson("spec/parts/b.json", { B: { type: "object", properties: { a: { $ref: "a.json#/A" } } } });
});

describe("$refs to other files", () => {
  it("bundles a file in the spec's own folder without asking", async () => {
    const result = await generateWithRoot("inside", { $ref: "parts/room.json#/Room" });
    expect(problems(result)).toEqual([]);
    const root = result.api?.models.find((m) => m.name === "Root");
    expect(root?.kind === "object" && root.properties.map((p) => p.name)).toEqual(["id", "name"]);
  });

  it("refuses a file outside the spec's folder unless --allow-external-refs is given", async () => {
    const refused = await generateWithRoot("outside", { $ref: "../shared/room.json#/Room" });
    expect(refused.api).toBeUndefined();
    expect(problems(refused)).toEqual([
      'external-ref: Reference "../shared/room.json#/Room" points to another file; files outside the spec\'s folder are read only with --allow-external-refs.',
    ]);
    const allowed = await generateWithRoot("outside", { $ref: "../shared/room.json#/Room" }, true);
    expect(problems(allowed)).toEqual([]);
    expect(allowed.api?.models.map((m) => m.name)).toContain("Root");
  });

  it("takes --allow-external-refs on the command line", async () => {
    await generateWithRoot("cli", { $ref: "../shared/room.json#/Room" });
    const args = ["generate", "--spec", join(DIR, "spec", "cli.json"), "--out", join(DIR, "cli-out"), "--quiet"];
    expect((await runInProcess(args)).exitCode).toBe(2);
    expect((await runInProcess([...args, "--allow-external-refs"])).exitCode).toBe(0);
  });

  it("never fetches a URL, even with --allow-external-refs", async () => {
    const result = await generateWithRoot("url", { $ref: "https://example.com/room.json#/Room" }, true);
    expect(result.api).toBeUndefined();
    expect(problems(result)).toEqual([expect.stringMatching(/^external-ref: Reference "https:\/\/example.com\/room.json#\/Room" is a URL; the generator does no network access, even with --allow-external-refs\.$/)]);
  });

  it("stops at a cycle between files with an error instead of recursing forever", async () => {
    const result = await generateWithRoot("cycle", { $ref: "parts/a.json#/A" });
    expect(result.api).toBeUndefined();
    expect(problems(result)).toEqual([expect.stringMatching(/^external-ref-cycle: Reference "(a|b).json#\/(A|B)" leads through more than \d+ files/)]);
  });
});
