import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PACKAGE } from "../../generator/index.js";
import { type Rendered, renderSpec } from "../helpers/render.js";
import { STRICT_OPTIONS, typecheck, writeTree } from "../helpers/typecheck.js";
import { type CodeExample, countTsFences, extractTsExamples } from "./extract-examples.js";

let rendered: Rendered;
let examples: CodeExample[];
let root: string;

/** Each example is its own ES module next to the package, which `paths` maps to its sources. */
async function writeExamples(dir: string, list: readonly CodeExample[]): Promise<string[]> {
  await mkdir(join(dir, "examples"), { recursive: true });
  await writeFile(join(dir, "package.json"), '{ "type": "module" }\n');
  return Promise.all(
    list.map(async (example, index) => {
      const file = join(dir, "examples", `example-${index + 1}.ts`);
      await writeFile(file, `// ${example.origin}\n${example.source}\n`);
      return file;
    }),
  );
}

function checkExamples(files: readonly string[]): string[] {
  return typecheck(files, {
    ...STRICT_OPTIONS,
    baseUrl: root,
    paths: { [DEFAULT_PACKAGE.name]: ["./pkg/src/index.ts"] },
  } satisfies ts.CompilerOptions);
}

beforeAll(async () => {
  rendered = await renderSpec(join("spec", "chat.openapi.yaml"));
  examples = extractTsExamples(rendered.files);
  root = await writeTree(
    "docs-examples",
    rendered.files.map((f) => ({ ...f, path: `pkg/${f.path}` })),
  );
});

describe("TypeScript examples in README.md and docs/", () => {
  it("has one example per method in ChatApi.md and one per README section", () => {
    const operations = rendered.api.resources.flatMap((r) => r.operations).length;
    expect(examples.filter((e) => e.origin.startsWith("docs/ChatApi.md")).length).toBe(operations);
    expect(examples.filter((e) => e.origin.startsWith("README.md")).length).toBeGreaterThanOrEqual(9);
  });

  it("type-checks every example under strict, counting each block found", async () => {
    expect(examples.length).toBe(countTsFences(rendered.files));
    const files = await writeExamples(root, examples);
    expect(files.length).toBe(examples.length);
    expect(checkExamples(files)).toEqual([]);
  }, 120_000);

  it("would catch a broken example (a call with a missing argument)", async () => {
    const call = examples.find((e) => e.source.includes("chatApi.getChatsRoom("))!;
    const broken = { origin: call.origin, source: call.source.replace(/getChatsRoom\([^)]*\)/, "getChatsRoom()") };
    const dir = join(root, "broken");
    const errors = checkExamples(await writeExamples(dir, [broken]));
    expect(errors.join("\n")).toMatch(/Expected .* arguments/);
  }, 120_000);
});
