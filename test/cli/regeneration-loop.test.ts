import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffApi, loadApiForDiff } from "../../generator/diff/index.js";
import { type GenerateResult, generate } from "../../generator/index.js";
import { updateSpec } from "../../generator/update-spec/index.js";
import { hashFolder, makeTemp, removeTemp } from "./output-folders.js";

const SEED_ERA = "test/fixtures/upstream/genesys-chat-seed-era.swagger.json";
const CURRENT = "spec/upstream/genesys-chat.swagger.json";

let temp = "";
let second: GenerateResult;
let changedFiles: string[] = [];

/** update-spec from `upstream` into the temp spec, then generate into the temp output. */
async function refreshAndGenerate(upstream: string): Promise<GenerateResult> {
  const spec = join(temp, "chat.openapi.yaml");
  const refreshed = await updateSpec({ from: upstream, out: spec });
  if (refreshed.failed) throw new Error(refreshed.lines.join("\n"));
  return generate({ specPath: spec, outDir: join(temp, "chat-client") });
}

beforeAll(async () => {
  temp = await makeTemp("loop");
  await refreshAndGenerate(SEED_ERA);
  const before = await hashFolder(join(temp, "chat-client"));
  second = await refreshAndGenerate(CURRENT);
  const after = await hashFolder(join(temp, "chat-client"));
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  changedFiles = [...paths].filter((path) => before[path] !== after[path]).sort();
}, 120_000);

afterAll(() => removeTemp(temp));

describe("regenerating from the seed-era upstream to the current one", () => {
  it("reports the surface changes that chatgen diff reports between the two upstream files", async () => {
    const seed = await loadApiForDiff(SEED_ERA);
    const current = await loadApiForDiff(CURRENT);
    expect(second.written).toBe(true);
    expect(second.surfaceChanges).toEqual(diffApi(seed.api!, current.api!));
  });

  it("changes exactly the source files the real changes touch", () => {
    expect(changedFiles.filter((path) => !path.startsWith("docs/"))).toEqual([
      "api-surface.json",
      "src/chat-api.ts",
      "src/index.ts",
      "src/models/index.ts",
      "src/models/user-chat-settings-post.ts",
      "src/models/user-settings-for-chat.ts",
      "src/operations/chat-api.ts",
    ]);
  });

  it("changes only the docs of models named by a change or used by a changed model", () => {
    const changes = second.surfaceChanges ?? [];
    const touched = new Set(changes.map((c) => c.subject.split(".")[0]!));
    const named = new Set(changes.flatMap((c) => c.message.match(/\b[A-Z]\w+/g) ?? []));
    const surface = second.api!.models.filter((m) => touched.has(m.name));
    const usedByTouched = new Set(
      surface
        .flatMap((m) => (m.kind === "object" ? m.properties.map((p) => JSON.stringify(p.type)) : []))
        .join(" ")
        .match(/\b[A-Z]\w+/g) ?? [],
    );
    for (const path of changedFiles.filter((p) => p.startsWith("docs/models/"))) {
      const model = path.slice("docs/models/".length, -".md".length);
      expect(named.has(model) || usedByTouched.has(model), path).toBe(true);
    }
  });

  it("leaves every model file alone unless its model was added or changed", () => {
    const touched = new Set((second.surfaceChanges ?? []).map((c) => c.subject.split(".")[0]));
    const modelFiles = new Map(second.api!.models.map((m) => [`src/models/${m.fileName}.ts`, m.name]));
    for (const path of changedFiles.filter((p) => modelFiles.has(p))) {
      expect(touched, path).toContain(modelFiles.get(path));
    }
  });

  it("writes what the current spec generates on its own (no leftovers of the old output)", async () => {
    const fresh = await makeTemp("loop-fresh");
    try {
      await generate({ specPath: join(temp, "chat.openapi.yaml"), outDir: join(fresh, "chat-client") });
      expect(await hashFolder(join(temp, "chat-client"))).toEqual(await hashFolder(join(fresh, "chat-client")));
    } finally {
      await removeTemp(fresh);
    }
  }, 60_000);
});
