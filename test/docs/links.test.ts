import { posix } from "node:path";
import { describe, expect, it } from "vitest";
import { anchor } from "../../generator/emit/docs/markdown.js";
import { renderSpec } from "../helpers/render.js";

/** Every relative link in the generated Markdown, as [page, target]. */
function links(files: readonly { path: string; text: string }[]): [string, string][] {
  return files
    .filter((f) => f.path.endsWith(".md"))
    .flatMap((f) => [...f.text.matchAll(/\]\(([^)\s]+)\)/g)].map((m): [string, string] => [f.path, m[1]!]))
    .filter(([, target]) => !/^[a-z]+:/.test(target));
}

describe.each([
  "spec/chat.openapi.yaml",
  "test/fixtures/specs/enum-inline.yaml",
  "test/fixtures/specs/composition.yaml",
  "test/fixtures/specs/security-schemes.yaml",
])("the docs of %s", (specPath) => {
  it("link only to pages and headings that exist", async () => {
    const { files } = await renderSpec(specPath);
    const pages = new Map(files.map((f) => [f.path, f.text]));
    const broken = links(files).filter(([page, target]) => {
      const [file, hash] = target.split("#") as [string, string | undefined];
      const path = file === "" ? page : posix.normalize(posix.join(posix.dirname(page), file));
      const text = pages.get(path);
      if (text === undefined) return true;
      return hash !== undefined && ![...text.matchAll(/^#+ (.+)$/gm)].some((h) => anchor(h[1]!) === hash);
    });
    expect(links(files).length).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });
});
