import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PACKAGE } from "../../generator/index.js";
import type { OutputFile } from "../../generator/print/print-files.js";
import { renderSpec } from "../helpers/render.js";
import { STRICT_OPTIONS, typecheck, writeTree } from "../helpers/typecheck.js";
import { type CodeExample, extractTsExamples } from "./extract-examples.js";

/** What only the Genesys Cloud docs may say: regions, their hosts, JIDs, the platform's logins. */
const GENESYS_ONLY: readonly RegExp[] = [
  /mypurecloud/i,
  /pure\.cloud/i,
  /PureCloudRegionHosts/,
  /setEnvironment|environment:/,
  /\bregions?\b/i,
  /\bjid\b|Jid\b|orgspan/i,
  /PKCE/i,
  /login[A-Z]\w*Grant|authorizePKCEGrant|loginBasePath/,
  /purecloud-platform-client-v2|official SDK/,
  /Genesys support/,
];

/** The Genesys-only phrases in a package's Markdown, as "file: pattern". */
function genesysPhrases(files: readonly OutputFile[]): string[] {
  return files
    .filter((f) => f.path.endsWith(".md"))
    .flatMap((f) => GENESYS_ONLY.filter((pattern) => pattern.test(f.text)).map((p) => `${f.path}: ${p}`));
}

/** Type-checks examples as modules beside the package, which `paths` maps to its sources. */
async function checkExamples(root: string, examples: readonly CodeExample[], folder = "examples"): Promise<string[]> {
  await mkdir(join(root, folder), { recursive: true });
  await writeFile(join(root, "package.json"), '{ "type": "module" }\n');
  const files = await Promise.all(
    examples.map(async (example, index) => {
      const file = join(root, folder, `example-${index + 1}.ts`);
      await writeFile(file, `// ${example.origin}\n${example.source}\n`);
      return file;
    }),
  );
  return typecheck(files, {
    ...STRICT_OPTIONS,
    baseUrl: root,
    paths: { [DEFAULT_PACKAGE.name]: ["./pkg/src/index.ts"] },
  });
}

const CASES = [
  [
    "security-schemes",
    "http://127.0.0.1:8080/v1",
    ["bearerAuth", "headerKey", "queryKey", "cookieKey", "basicAuth", "clientCredentials"],
  ],
  ["servers", "http://127.0.0.1:80/v2", []],
  ["swagger2", "https://api.example.com/v1", []],
  ["enum-inline", "names no server", []],
] as const;

describe.each(CASES)("the docs generated from %s.yaml (not a Genesys spec)", (name, baseUrl, schemes) => {
  let files: readonly OutputFile[];
  beforeAll(async () => {
    ({ files } = await renderSpec(join("test", "fixtures", "specs", `${name}.yaml`)));
  });

  it("say nothing of Genesys regions, hosts, JIDs or logins", () => {
    expect(genesysPhrases(files)).toEqual([]);
  });

  it("show the spec's base URL and every security scheme it declares", () => {
    const readme = files.find((f) => f.path === "README.md")!.text;
    const apiPages = files.filter((f) => /^docs\/\w+Api\.md$/.test(f.path));
    expect(readme).toContain(baseUrl);
    for (const page of apiPages) expect(page.text).toContain(baseUrl);
    for (const scheme of schemes) expect(readme).toContain(`| \`${scheme}\``);
    expect(readme).toMatch(/^## Authenticate$/m);
    expect(readme).toMatch(/^## Choose a server$/m);
  });

  it("type-check every example of README.md and docs/ under strict", async () => {
    const root = await writeTree(
      `neutral-docs-${name}`,
      files.map((f) => ({ ...f, path: `pkg/${f.path}` })),
    );
    expect(await checkExamples(root, extractTsExamples(files))).toEqual([]);
  }, 120_000);
});

describe("the checks themselves", () => {
  it("find the Genesys phrases in the Genesys package's docs", async () => {
    const { files } = await renderSpec(join("spec", "chat.openapi.yaml"));
    const found = genesysPhrases(files).join("\n");
    for (const phrase of ["mypurecloud", "PureCloudRegionHosts", "jid", "PKCE", "official SDK"])
      expect(found).toContain(phrase);
  });

  it("catch a README example that gives a scheme the wrong kind of credentials", async () => {
    const { files } = await renderSpec(join("test", "fixtures", "specs", "security-schemes.yaml"));
    const example = extractTsExamples(files).find((e) => e.source.includes("basicAuth: { username"))!;
    const broken = { ...example, source: example.source.replace(/basicAuth: \{[^}]*\}/, 'basicAuth: "ada:secret"') };
    const root = await writeTree(
      "neutral-docs-broken",
      files.map((f) => ({ ...f, path: `pkg/${f.path}` })),
    );
    expect((await checkExamples(root, [broken])).join("\n")).toMatch(
      /Type 'string' is not assignable to type 'BasicCredentials'/,
    );
  }, 120_000);
});
