import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyConfig, makeTemp, removeTemp } from "./output-folders.js";
import { linesOf, REPO_ROOT, runBinary, runInProcess } from "./run-cli.js";

const SPEC = join("test", "fixtures", "specs", "path-params.yaml");

let temp = "";
let config = "";
let configs = 0;

beforeAll(async () => {
  temp = await makeTemp("config");
  config = await emptyConfig(temp);
});

afterAll(() => removeTemp(temp));

async function writeConfig(text: string): Promise<string> {
  configs += 1;
  const path = join(temp, `chatgen-${configs}.config.yaml`);
  await writeFile(path, text);
  return path;
}

describe("chatgen flags", () => {
  it("rejects an unknown flag with exit 2 and says which", async () => {
    const result = await runBinary(["generate", "--nope"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("error: unknown option '--nope'");
  });

  it("rejects a missing spec file with exit 2 and the reason", async () => {
    const result = await runInProcess([
      "generate",
      "--config",
      config,
      "--spec",
      "spec/nope.yaml",
      "--out",
      join(temp, "never"),
    ]);
    expect(result.exitCode).toBe(2);
    expect(linesOf(result.stderr)).toEqual([
      "spec/nope.yaml: error unreadable-file at #: The spec file cannot be read (ENOENT).",
    ]);
  });

  it("refuses --quiet together with --verbose", async () => {
    const result = await runInProcess(["generate", "--quiet", "--verbose"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("cannot be used with option '--verbose'");
  });

  it.each(["generate", "update-spec", "diff"])("`%s --help` shows examples and exits 0", async (command) => {
    const result = await runInProcess([command, "--help"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`Usage: chatgen ${command}`);
    expect(result.stdout).toContain(`Examples:\n  $ chatgen ${command}`);
  });

  it("--version prints the package version", async () => {
    const { version } = JSON.parse(await readFile(join(REPO_ROOT, "package.json"), "utf8")) as { version: string };
    const result = await runBinary(["--version"]);
    expect(result).toMatchObject({ exitCode: 0, stdout: `${version}\n` });
  });

  it("--quiet prints nothing on success, --verbose prints timings per stage", async () => {
    const quiet = await runInProcess([
      "generate",
      "--quiet",
      "--config",
      config,
      "--spec",
      SPEC,
      "--out",
      join(temp, "quiet"),
    ]);
    expect(quiet).toEqual({ exitCode: 0, stdout: "", stderr: "" });
    const verbose = await runInProcess([
      "generate",
      "--verbose",
      "--config",
      config,
      "--spec",
      SPEC,
      "--out",
      join(temp, "verbose"),
    ]);
    expect(verbose.exitCode).toBe(0);
    for (const stage of ["load", "build", "render", "compare", "write"]) {
      expect(verbose.stderr).toMatch(new RegExp(`^chatgen: ${stage} took \\d+ ms$`, "m"));
    }
  });
});

describe("chatgen.config.yaml", () => {
  it.each([
    ["out: 3\n", '"out" must be a string.'],
    ["outt: generated\n", 'unknown key "outt"; allowed keys: spec, out, package, tags, format.'],
    ["format:\n  printWidth: wide\n", '"format.printWidth" must be a positive integer.'],
    ["package:\n  nme: x\n", 'unknown key "package.nme"; allowed keys: name, version.'],
    ["tags: Chat\n", '"tags" must be a list of strings, or "all".'],
    ["- just\n- a list\n", "the config must be a mapping of keys to values."],
    ...["singleQuote: true", "semi: false", "trailingComma: es5", "tabWidth: 4"].map((option): [string, string] => [
      `format:\n  ${option}\n`,
      `"format.${option.split(":")[0]}" is not an option: the output follows prettier's defaults at the given ` +
        "format.printWidth (run your own formatter over the package for another style).",
    ]),
  ])("rejects %j with exit 2, naming the key", async (text, message) => {
    const file = await writeConfig(text);
    const result = await runInProcess(["generate", "--config", file]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(`${file}: ${message}\n`);
  });

  it("rejects a --config file that does not exist", async () => {
    const result = await runBinary(["generate", "--config", "nope.config.yaml"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe("nope.config.yaml: the config file cannot be read (ENOENT).\n");
  });

  it("supplies spec, out and package info; flags override it", async () => {
    const configOut = join(temp, "from-config");
    const flagOut = join(temp, "from-flag");
    const file = await writeConfig(
      [
        `spec: ${SPEC}`,
        `out: ${configOut}`,
        "package:",
        "  name: from-config",
        "  version: 1.2.3",
        "format:",
        "  printWidth: 60",
        "",
      ].join("\n"),
    );
    const byConfig = await runInProcess(["generate", "--config", file]);
    expect(byConfig.exitCode).toBe(0);
    const packageJson = JSON.parse(await readFile(join(configOut, "package.json"), "utf8")) as Record<string, unknown>;
    expect(packageJson).toMatchObject({ name: "from-config", version: "1.2.3" });

    const byFlags = await runInProcess(["generate", "--config", file, "--out", flagOut, "--package-version", "9.9.9"]);
    expect(byFlags.exitCode).toBe(0);
    const overridden = JSON.parse(await readFile(join(flagOut, "package.json"), "utf8")) as Record<string, unknown>;
    expect(overridden).toMatchObject({ name: "from-config", version: "9.9.9" });
    // printWidth 60 from the config reaches prettier: no line of the generated code is longer.
    const api = await readFile(join(flagOut, "src", "index.ts"), "utf8");
    expect(
      Math.max(
        ...api
          .split("\n")
          .filter((l) => !l.startsWith("//"))
          .map((l) => l.length),
      ),
    ).toBeLessThanOrEqual(60);
  });

  it("the committed config holds the defaults, so `generate --check` agrees with and without it", async () => {
    const committed = await runInProcess(["generate", "--check", "--out", join(temp, "none-yet")]);
    const bare = await runInProcess(["generate", "--check", "--config", config, "--out", join(temp, "none-yet")]);
    expect(committed.exitCode).toBe(1);
    expect(committed.stderr.replace(/^.*warning.*\n/gm, "")).toBe(bare.stderr.replace(/^.*warning.*\n/gm, ""));
  });

  describe("tags", () => {
    const SEVERAL = join("test", "fixtures", "specs", "several-tags.yaml");
    const classesIn = async (out: string) =>
      (await readFile(join(out, "src", "index.ts"), "utf8"))
        .match(/export \{ \w+Api\d? \}/g)
        ?.map((line) => line.slice(9, -2))
        .sort();

    it.each([
      ["the config's list", "tags: [Users]\n", [], ["UsersApi"]],
      ["--tag over the config", "tags: [Users]\n", ["--tag", "Admin"], ["AdminApi"]],
      [
        "--all-tags over the config",
        "tags: [Users]\n",
        ["--all-tags"],
        ["AdminApi", "AdminApi2", "DefaultApi", "UserGroupsApi", "UsersApi"],
      ],
      ['"all" in the config', "tags: all\n", [], ["AdminApi", "AdminApi2", "DefaultApi", "UserGroupsApi", "UsersApi"]],
    ])("keeps %s", async (_, text, flags, classes) => {
      const out = join(temp, `tags-${configs}`);
      const file = await writeConfig(`spec: ${SEVERAL}\nout: ${out}\n${text}`);
      const result = await runInProcess(["generate", "--config", file, ...flags]);
      expect(result.exitCode).toBe(0);
      expect(await classesIn(out)).toEqual(classes);
    });

    it("refuses --tag together with --all-tags", async () => {
      const result = await runBinary(["generate", "--spec", SEVERAL, "--tag", "Users", "--all-tags"]);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain("--all-tags");
    });
  });
});
