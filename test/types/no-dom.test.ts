import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { TMP_ROOT } from "../helpers/typecheck.js";

const SOURCE = join(import.meta.dirname, "..", "..", "generated", "chat-client", "src");
const DIR = join(TMP_ROOT, "no-dom");

/** A Node-only consumer: no DOM lib, Node's own types, and its libraries checked too. */
const NODE_ONLY: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts"],
  types: ["node"],
  strict: true,
  noEmit: true,
  skipLibCheck: false,
};

const CONSUMER = `
import { ApiClient, ChatApi, GenesysCloudError, type ApiResponse, type Room } from "./decl/index.js";
const chat = new ChatApi(new ApiClient({ accessToken: "token" }));
export async function room(): Promise<ApiResponse<Room> | string> {
  try {
    return await chat.getChatsRoom("jid").withHttpInfo();
  } catch (error) {
    if (error instanceof GenesysCloudError) return error.operationId;
    throw error;
  }
}
`;

/** Emits the package's declarations as its build does (with the DOM lib), into DIR/decl. */
function emitDeclarations(): void {
  const files = ts.sys.readDirectory(SOURCE, [".ts"]);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    strict: true,
    declaration: true,
    emitDeclarationOnly: true,
    rootDir: SOURCE,
    outDir: join(DIR, "decl"),
  });
  const result = program.emit();
  expect(result.diagnostics).toEqual([]);
}

function check(): string[] {
  const program = ts.createProgram([join(DIR, "consumer.ts")], NODE_ONLY);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

beforeAll(async () => {
  await mkdir(DIR, { recursive: true });
  await writeFile(join(DIR, "package.json"), '{ "type": "module" }\n');
  await writeFile(join(DIR, "consumer.ts"), CONSUMER);
  emitDeclarations();
}, 120_000);

describe("the type declarations", () => {
  it("compile in a Node-only project: lib ES2022, @types/node, skipLibCheck false", async () => {
    expect((await readdir(join(DIR, "decl", "runtime"))).length).toBeGreaterThan(10);
    expect(check()).toEqual([]);
  }, 120_000);

  it("would catch a DOM-only type in them (BodyInit)", async () => {
    const planted = join(DIR, "decl", "runtime", "planted.d.ts");
    await writeFile(planted, "export type Planted = BodyInit;\n");
    const index = join(DIR, "decl", "index.d.ts");
    const { readFile } = await import("node:fs/promises");
    const original = await readFile(index, "utf8");
    await writeFile(index, `${original}export type { Planted } from "./runtime/planted.js";\n`);
    try {
      expect(check().join("\n")).toContain("BodyInit");
    } finally {
      await writeFile(index, original);
    }
  }, 120_000);
});
