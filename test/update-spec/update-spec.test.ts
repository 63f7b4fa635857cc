import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { updateSpec } from "../../generator/update-spec/update-spec.js";

const upstream = fileURLToPath(new URL("../../spec/upstream/genesys-chat.swagger.json", import.meta.url));
let dir = "";

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "update-spec-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("updateSpec", () => {
  it("writes the spec once, then reports it unchanged, leaving no temp files", async () => {
    const out = join(dir, "chat.openapi.yaml");
    const first = await updateSpec({ from: upstream, out });
    expect(first).toMatchObject({
      written: true,
      failed: false,
      operationCount: 34,
      schemaCount: 27,
    });
    expect(first.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(Array(3).fill("identical-path-templates"));
    const text = await readFile(out, "utf8");
    const second = await updateSpec({ from: upstream, out });
    expect(second.written).toBe(false);
    expect(await readFile(out, "utf8")).toBe(text);
    expect(await readdir(dir)).toEqual(["chat.openapi.yaml"]);
  });

  it("writes JSON, the same document as the YAML, to a file named .json", async () => {
    const yaml = join(dir, "chat.openapi.yaml");
    const json = join(dir, "chat.openapi.json");
    await updateSpec({ from: upstream, out: yaml });
    await updateSpec({ from: upstream, out: json });
    const { parse } = await import("yaml");
    expect(JSON.parse(await readFile(json, "utf8"))).toEqual(parse(await readFile(yaml, "utf8")));
  });

  it("writes nothing under --strict when upstream has warnings", async () => {
    const out = join(dir, "chat.openapi.yaml");
    const result = await updateSpec({ from: upstream, out, strict: true });
    expect(result).toMatchObject({ written: false, failed: true });
    expect(await readdir(dir)).toEqual([]);
  });

  it("reports a broken upstream at its line and column and writes nothing", async () => {
    const from = join(dir, "upstream.json");
    const out = join(dir, "chat.openapi.yaml");
    await writeFile(from, '{\n  "swagger": "2.0",\n  "paths": {\n}\n');
    const result = await updateSpec({ from, out });
    expect(result.failed).toBe(true);
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["invalid-syntax"]);
    expect(result.lines[0]).toMatch(
      new RegExp(`^${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:5:1: error invalid-syntax at #: `),
    );
    expect(await readdir(dir)).toEqual(["upstream.json"]);
  });

  it("refuses a document that is neither Swagger 2.0 nor OpenAPI 3", async () => {
    const from = join(dir, "upstream.yaml");
    await writeFile(from, "asyncapi: 2.6.0\n");
    const result = await updateSpec({ from, out: join(dir, "out.yaml") });
    expect(result.lines).toEqual([
      `${from}:1:1: error not-openapi at #: The spec has no "openapi" version, so it is not an OpenAPI description.`,
    ]);
    expect(result.written).toBe(false);
  });

  it("validates the converted operations: a broken upstream $ref fails with the output pointer", async () => {
    const from = join(dir, "upstream.yaml");
    const spec = [
      'swagger: "2.0"',
      "info: { title: T, version: v1 }",
      "paths:",
      "  /rooms:",
      "    get:",
      "      tags: [Chat]",
      "      operationId: getRooms",
      "      responses:",
      '        "200": { description: ok, schema: { $ref: "#/definitions/Nope" } }',
      "",
    ].join("\n");
    await writeFile(from, spec);
    const result = await updateSpec({ from, out: join(dir, "out.yaml") });
    expect(result.lines).toEqual([
      `${from}:9:35: error dangling-ref at #/paths/~1rooms/get/responses/200/content/application~1json/schema: Schema reference "#/components/schemas/Nope" does not resolve.`,
    ]);
    expect(await readdir(dir)).toEqual(["upstream.yaml"]);
  });
});
