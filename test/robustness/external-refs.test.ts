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
  return generate({
    specPath: join(DIR, "spec", `${name}.json`),
    outDir: join(DIR, "out"),
    check: true,
    allowExternalRefs,
  });
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
      'external-ref: Reference "../shared/room.json#/Room" points to a file outside the spec\'s folder; name a folder that holds both with --refs-root, or pass --allow-external-refs.',
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
    expect(problems(result)).toEqual([
      expect.stringMatching(
        /^external-ref: Reference "https:\/\/example.com\/room.json#\/Room" is a URL; the generator does no network access, even with --allow-external-refs\.$/,
      ),
    ]);
  });

  it("hoists schemas that refer to each other across files once each, under their own names", async () => {
    const result = await generateWithRoot("cycle", { $ref: "parts/a.json#/A" });
    expect(problems(result)).toEqual([]);
    const shapes = result.api?.models.map((m) => [
      m.name,
      m.kind === "object" ? m.properties.map((p) => p.type) : m.kind,
    ]);
    expect(shapes).toEqual([
      ["B", [{ kind: "ref", name: "Root" }]],
      ["Root", [{ kind: "ref", name: "B" }]],
    ]);
  });

  it("costs nothing when a schema in another file refers to itself many times over (once hoisted, it is a name)", async () => {
    // Inlined, each level would double the one below: 2^40 copies.
    const levels = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `L${i}`,
        {
          type: "object",
          properties:
            i === 39
              ? { leaf: { type: "string" } }
              : { left: { $ref: `#/L${i + 1}` }, right: { $ref: `#/L${i + 1}` }, self: { $ref: `#/L${i}` } },
        },
      ]),
    );
    await writeJson("spec/parts/levels.json", levels);
    const result = await generateWithRoot("levels", { $ref: "parts/levels.json#/L0" });
    expect(problems(result)).toEqual([]);
    expect(result.api?.models).toHaveLength(40);
  });

  it("refuses references that lead back to themselves outside any schema", async () => {
    await writeJson("spec/parts/desc-a.json", { text: { $ref: "desc-b.json#/text" } });
    await writeJson("spec/parts/desc-b.json", { text: { $ref: "desc-a.json#/text" } });
    const spec = specWith({ Root: { type: "string" } }) as { info: Record<string, unknown> };
    spec.info.description = { $ref: "parts/desc-a.json#/text" };
    await writeJson("spec/desc-cycle.json", spec);
    const result = await generate({
      specPath: join(DIR, "spec", "desc-cycle.json"),
      outDir: join(DIR, "out"),
      check: true,
    });
    expect(problems(result)).toEqual([
      expect.stringMatching(
        /^external-ref-cycle: Reference "desc-(a|b).json#\/text" leads back to itself through other files outside any schema/,
      ),
    ]);
  });

  it("gives two schemas of one name in different files distinct names", async () => {
    await writeJson("spec/one/pet.json", { Pet: { type: "object", properties: { a: { type: "string" } } } });
    await writeJson("spec/two/pet.json", { Pet: { type: "object", properties: { b: { type: "string" } } } });
    const result = await generateWithRoot("two-pets", {
      type: "object",
      properties: {
        one: { $ref: "one/pet.json#/Pet" },
        two: { $ref: "two/pet.json#/Pet" },
      },
    });
    expect(problems(result)).toEqual([]);
    expect(result.api?.models.map((m) => m.name)).toEqual(["Pet", "Pet2", "Root"]);
  });

  it("reads a percent-encoded file name, and a file named with a bare % as it is", async () => {
    await writeJson("spec/parts/a b.json", { Room: ROOM });
    await writeJson("spec/parts/100%.json", { Room: ROOM });
    const spaced = await generateWithRoot("spaced", { $ref: "parts/a%20b.json#/Room" });
    const percent = await generateWithRoot("percent", { $ref: "parts/100%.json#/Room" });
    expect([problems(spaced), problems(percent)]).toEqual([[], []]);
  });

  it("leaves a $ref inside example data alone: it is data, not a reference", async () => {
    const example = { id: "r1", links: [{ $ref: "https://example.com/rooms/r1" }, { $ref: "missing.json#/x" }] };
    const result = await generateWithRoot("example", { ...ROOM, example, default: { $ref: "#/nowhere" } });
    expect(problems(result)).toEqual([]);
  });
});

describe("the folder $refs may read", () => {
  beforeAll(async () => {
    // A root in a subfolder whose parts sit in a sibling folder: parts/../ is outside its folder.
    await writeJson("project/parameters/user.json", {
      name: "userId",
      in: "path",
      required: true,
      schema: { type: "string" },
    });
    await writeJson("project/paths/root.json", {
      openapi: "3.0.3",
      info: { title: "Root in a subfolder", version: "1" },
      paths: {
        "/users/{userId}": {
          get: {
            operationId: "getUser",
            parameters: [{ $ref: "../parameters/user.json" }],
            responses: { "204": { description: "Found." } },
          },
        },
      },
    });
  });
  const spec = () => join(DIR, "project", "paths", "root.json");

  it("reads a sibling folder of a referenced file when both are inside the spec's folder", async () => {
    await writeJson("project/root.json", {
      openapi: "3.0.3",
      info: { title: "Root above its parts", version: "1" },
      paths: {
        "/users/{userId}": { $ref: "paths/root.json#/paths/~1users~1%7BuserId%7D" },
      },
    });
    const result = await generate({
      specPath: join(DIR, "project", "root.json"),
      outDir: join(DIR, "out"),
      check: true,
    });
    expect(problems(result)).toEqual([]);
    expect(result.api?.resources[0]?.operations[0]?.pathParams.map((p) => p.name)).toEqual(["userId"]);
  });

  it("refuses a folder above the spec's own unless --refs-root names a folder that holds it", async () => {
    const refused = await generate({ specPath: spec(), outDir: join(DIR, "out"), check: true });
    expect(problems(refused)).toEqual([
      expect.stringMatching(
        /^external-ref: Reference "..\/parameters\/user.json" points to a file outside the spec's folder; name a folder that holds both with --refs-root/,
      ),
    ]);
    const allowed = await generate({
      specPath: spec(),
      outDir: join(DIR, "out"),
      check: true,
      refsRoot: join(DIR, "project"),
    });
    expect(problems(allowed)).toEqual([]);
  });

  it("takes --refs-root on the command line", async () => {
    const args = ["generate", "--spec", spec(), "--out", join(DIR, "refs-root-out"), "--quiet"];
    expect((await runInProcess(args)).exitCode).toBe(2);
    expect((await runInProcess([...args, "--refs-root", join(DIR, "project")])).exitCode).toBe(0);
  });
});
