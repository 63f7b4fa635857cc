import { cp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { TMP_ROOT } from "../helpers/typecheck.js";
import { tsgo } from "../helpers/tsgo.js";

const CHAT = join(import.meta.dirname, "..", "..", "generated", "chat-client");

/** tsc's verdict on a tsconfig: "file(line): TScode" per error. */
function tscErrors(project: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    project,
    { noEmit: true },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!;
  const program = ts.createProgram(config.fileNames, config.options);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => {
      const line = d.file ? d.file.getLineAndCharacterOfPosition(d.start!).line + 1 : 0;
      return `${d.file?.fileName.split("/src/")[1]}(${line}): TS${d.code}`;
    })
    .sort();
}

/** tsgo's verdict in the same form, read from its `file(line,col): error TScode` lines. */
async function tsgoErrors(project: string): Promise<string[]> {
  const { output } = await tsgo(["-p", project, "--noEmit", "--pretty", "false"]);
  return [...output.matchAll(/src\/([^(]+)\((\d+),\d+\): error (TS\d+)/g)]
    .map((m) => `${m[1]}(${m[2]}): ${m[3]}`)
    .sort();
}

describe("TypeScript's native compiler as the checker of generated packages", () => {
  it("agrees with tsc on a clean package and on planted mistakes", async () => {
    const copy = join(TMP_ROOT, "tsgo-parity");
    await rm(copy, { recursive: true, force: true });
    await cp(CHAT, copy, { recursive: true });
    const project = join(copy, "tsconfig.json");
    expect(await tsgoErrors(project)).toEqual([]);
    expect(tscErrors(project)).toEqual([]);
    await writeFile(
      join(copy, "src", "planted.ts"),
      [
        'import { ChatApi, type Room } from "./index.js";',
        "export const room: Room = { id: 1 };",
        "export const call = new ChatApi().getChatsRoom();",
        "",
      ].join("\n"),
    );
    const planted = await tsgoErrors(project);
    expect(planted.length).toBeGreaterThan(0);
    expect(planted).toEqual(tscErrors(project));
  }, 120_000);
});
