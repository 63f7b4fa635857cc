import { execFile } from "node:child_process";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/index.js";
import { MAX_SCHEMA_DEPTH } from "../../generator/ir/schema/build-type.js";
import { MAX_DOCUMENT_DEPTH } from "../../generator/load/check-depth.js";
import { TMP_ROOT, typecheck, writeTree } from "../helpers/typecheck.js";
import { nested, specWith } from "./spec-factory.js";

const DIR = join(TMP_ROOT, "limits");
/** Far deeper than any real spec: the generator must refuse it, not crash. */
const HOSTILE_DEPTH = 10_000;

/** Writes `spec` as JSON and generates from it in memory (`check` writes nothing). */
async function generateFrom(name: string, spec: unknown, options: { allowExternalRefs?: boolean } = {}) {
  const specPath = join(DIR, `${name}.json`);
  await writeFile(specPath, typeof spec === "string" ? spec : JSON.stringify(spec));
  return generate({ specPath, outDir: join(DIR, `${name}-out`), check: true, ...options });
}

const errors = (result: { diagnostics: readonly { severity: string; code: string }[] }) =>
  result.diagnostics.filter((d) => d.severity === "error").map((d) => d.code);

beforeAll(async () => {
  await rm(DIR, { recursive: true, force: true });
  await mkdir(DIR, { recursive: true });
});

describe("deep nesting", () => {
  it.each([
    ["properties", (inner: Record<string, unknown>) => ({ type: "object", properties: { child: inner } })],
    ["array items", (inner: Record<string, unknown>) => ({ type: "array", items: inner })],
    [
      "allOf",
      (inner: Record<string, unknown>) => ({
        allOf: [inner, { type: "object", properties: { x: { type: "string" } } }],
      }),
    ],
  ])(
    "generates a schema nested 200 levels through %s, and the package type-checks",
    async (name, wrap) => {
      const result = await generateFrom(`deep-${name.replace(" ", "-")}`, specWith({ Root: nested(200, wrap) }));
      expect(errors(result)).toEqual([]);
      const root = await writeTree(`limits-deep-${name.replace(" ", "-")}`, result.files);
      expect(typecheck([join(root, "src", "index.ts")])).toEqual([]);
    },
    60_000,
  );

  it(`refuses a schema nested ${HOSTILE_DEPTH} levels with a located error, without a stack overflow`, async () => {
    // Written as text: JSON.stringify itself cannot nest this deep.
    const deep = `${'{"type":"array","items":'.repeat(HOSTILE_DEPTH)}{"type":"string"}${"}".repeat(HOSTILE_DEPTH)}`;
    const text = JSON.stringify(specWith({ Root: { $ref: "#/deep" } })).replace('{"$ref":"#/deep"}', deep);
    const result = await generateFrom("too-deep", text);
    expect(result.api).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "document-too-deep",
        specPointer: "#/components/schemas/Root/items/items/items/items/items",
        message: expect.stringContaining(String(MAX_DOCUMENT_DEPTH)),
      }),
    ]);
  }, 30_000);

  it(`stops building a schema past ${MAX_SCHEMA_DEPTH} levels with one located error`, async () => {
    const deep = nested(MAX_SCHEMA_DEPTH + 50, (inner) => ({ type: "array", items: inner }));
    const result = await generateFrom("schema-too-deep", specWith({ Root: deep }));
    expect(result.api).toBeUndefined();
    const tooDeep = result.diagnostics.filter((d) => d.code === "schema-too-deep");
    expect(tooDeep).toHaveLength(1);
    expect(tooDeep[0]!.specPointer).toMatch(/^#\/components\/schemas\/Root(\/items)+$/);
  });
});

describe("$ref cycles", () => {
  it("terminates on a cycle through allOf and reports it naming both schemas", async () => {
    const result = await generateFrom(
      "allof-cycle",
      specWith({
        Root: {
          allOf: [{ $ref: "#/components/schemas/Other" }, { type: "object", properties: { a: { type: "string" } } }],
        },
        Other: {
          allOf: [{ $ref: "#/components/schemas/Root" }, { type: "object", properties: { b: { type: "string" } } }],
        },
      }),
    );
    expect(errors(result)).toEqual([]);
    const cycle = result.diagnostics.filter((d) => d.code === "circular-composition");
    expect(cycle.map((d) => d.message)).toEqual([
      'Schema "Root" is composed of "Other", which is composed of it again, so that part is typed as unknown.',
    ]);
    const root = await writeTree("limits-allof-cycle", result.files);
    expect(typecheck([join(root, "src", "index.ts")])).toEqual([]);
  });
});

/** About 50 MB of JSON: 100 operations, each carrying a 0.5 MB example, as real specs carry examples. */
function fiftyMegabyteSpec(): string {
  const example = { items: Array.from({ length: 4_000 }, (_, i) => ({ id: `item-${i}`, text: "x".repeat(110) })) };
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < 100; i++) {
    paths[`/things${i}/{id}`] = {
      get: {
        tags: [`Group${i % 5}`],
        operationId: `getThing${i}`,
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": {
            description: "A thing.",
            content: {
              "application/json": {
                schema: { $ref: `#/components/schemas/Thing${i}` },
                example,
              },
            },
          },
        },
      },
    };
  }
  const schemas = Object.fromEntries(
    Array.from({ length: 100 }, (_, i) => [
      `Thing${i}`,
      {
        type: "object",
        properties: { id: { type: "string" }, next: { $ref: `#/components/schemas/Thing${(i + 1) % 100}` } },
      },
    ]),
  );
  return JSON.stringify({ openapi: "3.0.3", info: { title: "Big", version: "1" }, paths, components: { schemas } });
}

describe("a 50 MB spec", () => {
  it("generates in a process capped at 1 GiB of heap, without running out", async () => {
    const specPath = join(DIR, "fifty-mb.json");
    await writeFile(specPath, fiftyMegabyteSpec());
    expect((await stat(specPath)).size).toBeGreaterThan(50 * 1024 * 1024);
    // An empty config, so the repo's chatgen.config.yaml (tags: Chat) does not filter the operations.
    const config = join(DIR, "empty.config.yaml");
    await writeFile(config, "{}\n");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        "--max-old-space-size=1024",
        "bin/chatgen.js",
        "generate",
        "--config",
        config,
        "--spec",
        specPath,
        "--out",
        join(DIR, "fifty-mb-out"),
      ],
      { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
    );
    expect(stdout).toMatch(/\(100 operations, 100 models\)/);
  }, 150_000);
});
