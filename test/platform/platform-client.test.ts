import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { platformPackage } from "../helpers/platform-package.js";
import { TMP_ROOT } from "../helpers/typecheck.js";
import { tsgo } from "../helpers/tsgo.js";

let dir = "";

beforeAll(async () => {
  dir = await platformPackage();
}, 600_000);

describe("the whole Genesys Platform API client", () => {
  it("has one class per tag, 87 in all", async () => {
    const index = await readFile(join(dir, "src", "index.ts"), "utf8");
    expect(index.match(/export \{ \w+Api \} from/g)).toHaveLength(87);
  });

  it("type-checks under strict (TypeScript's native compiler)", async () => {
    const { exitCode, output } = await tsgo(["-p", join(dir, "tsconfig.json"), "--noEmit"]);
    expect(output.split("\n").slice(0, 20).join("\n")).toBe("");
    expect(exitCode).toBe(0);
  }, 600_000);

  it("keeps only the one call a program makes when bundled", async () => {
    const app = join(TMP_ROOT, "platform-one-call");
    await rm(app, { recursive: true, force: true });
    await mkdir(app, { recursive: true });
    const entry = join(app, "one-call.ts");
    await writeFile(
      entry,
      [
        `import { ApiClient, getUsersMe } from ${JSON.stringify(join(dir, "src", "index.js"))};`,
        'getUsersMe(new ApiClient({ accessToken: "token" })).then((me) => console.log(me.name));',
      ].join("\n"),
    );
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    const text = result.outputFiles[0]!.text;
    console.log(`platform one-call bundle: ${text.length} bytes minified, ${gzipSync(text).length} gzipped`);
    // Of the 2,260 paths, only the one called is left.
    expect(text.match(/"\/api\/v2\/[^"]*"/g)).toEqual(['"/api/v2/users/me"']);
    expect(text).not.toContain("getUsersMeAvailability");
    expect(gzipSync(text).length).toBeLessThan(15_000);
  }, 120_000);
});
