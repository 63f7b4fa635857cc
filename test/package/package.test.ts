import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { publint } from "publint";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PACKAGE } from "../../generator/index.js";
import { TMP_ROOT } from "../helpers/typecheck.js";
import { NPM, buildPackage, linkPackage, run } from "./build-package.js";

const ATTW = join(import.meta.dirname, "..", "..", "node_modules", ".bin", "attw");
const NAME = DEFAULT_PACKAGE.name;

let dir: string;
beforeAll(async () => {
  dir = await buildPackage("package-build");
}, 120_000);

/** Runs a one-file program in a fresh app folder that has the package installed. */
async function runInApp(fileName: string, source: string): Promise<string> {
  const app = join(TMP_ROOT, "package-build-app");
  const { mkdir, rm, writeFile } = await import("node:fs/promises");
  if (!existsSync(join(app, "node_modules", NAME))) {
    await rm(app, { recursive: true, force: true });
    await mkdir(app, { recursive: true });
    await linkPackage(app, dir, NAME);
  }
  await writeFile(join(app, fileName), source);
  const { stdout } = await run(process.execPath, [join(app, fileName)], { cwd: app });
  return stdout.trim();
}

/** A call through the built package with a fake fetch: what a user's first program does. */
const CALL = `
  const seen = [];
  const client = new ApiClient({
    basePath: "https://api.example.test",
    accessToken: "token-1",
    fetch: async (url, init) => {
      seen.push(init.method + " " + url);
      return new Response(JSON.stringify({ id: "room-1", name: "Release planning" }), {
        status: 200, headers: { "content-type": "application/json" },
      });
    },
  });
  const room = await getChatsRoom(client, "room 1@conference.example.test");
  console.log(JSON.stringify({ name: room.name, seen }));
`;
const EXPECTED = {
  name: "Release planning",
  seen: ["GET https://api.example.test/api/v2/chats/rooms/room%201%40conference.example.test"],
};

describe("the generated package", () => {
  it("builds ESM and CommonJS output with type declarations", () => {
    for (const file of ["esm/index.js", "esm/index.d.ts", "cjs/index.js", "cjs/index.d.ts"]) {
      expect(existsSync(join(dir, "dist", file)), file).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(dir, "dist", "cjs", "package.json"), "utf8"))).toEqual({ type: "commonjs" });
  });

  it("declares an exports map, sideEffects: false, engines and no runtime dependencies", () => {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>;
    expect(pkg).toMatchObject({ sideEffects: false, engines: { node: ">=18" } });
    expect(Object.keys(pkg.exports as object)).toContain(".");
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.peerDependencies).toBeUndefined();
  });

  it("is clean under publint (strict)", async () => {
    const { messages } = await publint({ pkgDir: dir, strict: true });
    expect(messages).toEqual([]);
  });

  it("is clean under @arethetypeswrong/cli for every resolution mode", async () => {
    const { stdout } = await run(ATTW, ["--pack", ".", "--format", "json"], { cwd: dir }).catch(
      (error: { stdout: string }) => error,
    );
    const report = JSON.parse(stdout.slice(stdout.indexOf("{"))) as {
      analysis: { problems: unknown[]; types: unknown };
    };
    expect(report.analysis.types).toBeTruthy();
    expect(report.analysis.problems).toEqual([]);
  }, 60_000);

  it("packs exactly dist, docs, README.md, LICENSE and package.json", async () => {
    const { stdout } = await run(NPM, ["pack", "--dry-run", "--json"], { cwd: dir });
    const paths = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    const strays = paths.filter(
      (p) => !/^(dist\/(esm|cjs)\/.+|docs\/.+\.md|README\.md|LICENSE|package\.json)$/.test(p),
    );
    expect(strays).toEqual([]);
    for (const needed of [
      "README.md",
      "LICENSE",
      "package.json",
      "dist/esm/index.js",
      "dist/cjs/index.d.ts",
      "docs/ChatApi.md",
    ]) {
      expect(paths).toContain(needed);
    }
    expect(paths.some((p) => p.startsWith("docs/models/"))).toBe(true);
  });

  it("works through require() in Node", async () => {
    const out = await runInApp(
      "call.cjs",
      `const { ApiClient, getChatsRoom } = require(${JSON.stringify(NAME)});\n(async () => {${CALL}})();`,
    );
    expect(JSON.parse(out)).toEqual(EXPECTED);
  });

  it("works through import in Node", async () => {
    const out = await runInApp("call.mjs", `import { ApiClient, getChatsRoom } from ${JSON.stringify(NAME)};\n${CALL}`);
    expect(JSON.parse(out)).toEqual(EXPECTED);
  });
});
