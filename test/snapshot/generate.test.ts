import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PRINT_WIDTH } from "../../generator/print/format-options.js";
import { formatWithPrettier } from "../../generator/print/format.js";
import { type Rendered, renderSpec } from "../helpers/render.js";
import { typecheck, writeTree } from "../helpers/typecheck.js";

const FIXTURES = join("test", "fixtures", "specs");

/** The chat spec and every small fixture spec, each generated whole. */
const scenarios: [string, string][] = [
  ["chat", join("spec", "chat.openapi.yaml")],
  ...readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name): [string, string] => [name.replace(/\.yaml$/, ""), join(FIXTURES, name)]),
];

describe.each(scenarios)("generating %s", (name, specPath) => {
  let rendered: Rendered;
  beforeAll(async () => {
    rendered = await renderSpec(specPath);
  });

  it("has no error diagnostics", () => {
    expect(rendered.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("matches the file snapshot of every generated file", async () => {
    // The runtime is a verbatim copy of templates/runtime/, checked byte for byte below.
    const files = rendered.files.filter((file) => !file.path.startsWith("src/runtime/"));
    for (const file of files) {
      await expect(file.text).toMatchFileSnapshot(join("__snapshots__", name, file.path));
    }
  });

  it("copies the runtime from templates/ byte for byte", () => {
    const runtime = rendered.files.filter((file) => file.path.startsWith("src/runtime/"));
    expect(runtime.map((f) => f.path.slice("src/runtime/".length))).toEqual(
      readdirSync(join("templates", "runtime"))
        .filter((n) => n.endsWith(".ts"))
        .sort(),
    );
    for (const file of runtime) {
      expect(file.text, file.path).toBe(
        readFileSync(join("templates", "runtime", file.path.slice("src/runtime/".length)), "utf8"),
      );
    }
  });

  it("gives byte-identical output when run twice", async () => {
    const again = await renderSpec(specPath);
    expect(again.files).toEqual(rendered.files);
  });

  it("writes no absolute path, timestamp or CRLF into the output", () => {
    for (const file of rendered.files) {
      expect(file.text, file.path).not.toContain(process.cwd());
      expect(file.text, file.path).not.toMatch(/\r\n|\d{4}-\d\d-\d\dT\d\d:\d\d/);
    }
  });

  it("is laid out exactly as prettier formats it in its default style at the default width", async () => {
    const checked = rendered.files.filter((f) => /\.(ts|json|md)$/.test(f.path) && !f.path.startsWith("src/runtime/"));
    for (const file of checked) {
      expect(await formatWithPrettier(file.path, file.text, DEFAULT_PRINT_WIDTH), file.path).toBe(file.text);
    }
  });

  it("type-checks under strict", async () => {
    const root = await writeTree(`snapshot-${name}`, rendered.files);
    expect(typecheck([join(root, "src", "index.ts")])).toEqual([]);
  });
});
