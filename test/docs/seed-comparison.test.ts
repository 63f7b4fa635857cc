import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderSpec } from "../helpers/render.js";
import { type SeedMethod, ourSections, parseDotnetSeed, parseJsClientSeed } from "./seed-parsers.js";

const SEEDS = join("test", "fixtures", "seeds");
const seeds: [string, SeedMethod[]][] = [
  ["js-client-ChatAPI.md", parseJsClientSeed(readFileSync(join(SEEDS, "js-client-ChatAPI.md"), "utf8"))],
  ["dotnet-sdk-ChatApi.md", parseDotnetSeed(readFileSync(join(SEEDS, "dotnet-sdk-ChatApi.md"), "utf8"))],
];

let sections: Map<string, string>;
beforeAll(async () => {
  const { files } = await renderSpec(join("spec", "chat.openapi.yaml"));
  sections = ourSections(files.find((f) => f.path === "docs/ChatApi.md")!.text);
});

describe.each(seeds)("docs/ChatApi.md against %s", (_seed, methods) => {
  it("the seed parser finds every method with its endpoint (so the checks below check something)", () => {
    expect(methods.length).toBeGreaterThanOrEqual(30);
    for (const m of methods) expect(m.endpoint, m.name).toMatch(/^(GET|PUT|POST|PATCH|DELETE) \/api\/v2\//);
    expect(methods.flatMap((m) => [...m.parameters, ...m.permissions, ...m.statuses]).length).toBeGreaterThan(50);
  });

  it.each(methods.map((m): [string, SeedMethod] => [m.name, m]))("documents %s as the seed does", (name, seed) => {
    const section = sections.get(name);
    expect(section, `no "### ${name}" section`).toBeDefined();
    expect(section).toContain(`**Endpoint:** \`${seed.endpoint}\``);
    for (const param of seed.parameters) expect(section, `parameter ${param}`).toMatch(rowStartingWith(param));
    for (const status of seed.statuses) expect(section, `status ${status}`).toMatch(rowStartingWith(status));
    if (seed.permissionType === "NO") expect(section).toContain("requires no permissions");
    if (seed.permissionType === "ANY" || seed.permissionType === "ALL")
      expect(section).toContain(`requires ${seed.permissionType} of`);
    for (const permission of seed.permissions)
      expect(section, `permission ${permission}`).toContain(`- \`${permission}\``);
  });
});

/** A table row whose first cell is the code span `name`. */
function rowStartingWith(name: string): RegExp {
  return new RegExp(`^\\| \`${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\` +\\|`, "m");
}
