import type { ApiDef, ModelDef } from "../../ir/types.js";
import { blocks, code, escapeCell, table } from "./markdown.js";
import type { ModelLinks } from "./type-link.js";

/** `docs/README.md`: the API pages and every model, with its first line of description. */
export function docsIndex(api: ApiDef, links: ModelLinks): string {
  const pages = api.resources.map(
    (r) => `- [${code(r.className)}](${r.className}.md): ${r.operations.length} methods.`,
  );
  const rows = api.models.map((m) => [
    `[${code(m.name)}](models/${links.get(m.name)})`,
    kindName(m),
    escapeCell(firstSentence(m.description)),
  ]);
  return blocks(
    `# ${escapeCell(api.title)} documentation`,
    "## APIs",
    pages.join("\n"),
    "## Models",
    rows.length > 0 ? table(["Model", "Kind", "Description"], rows) : "No models.",
  );
}

function kindName(model: ModelDef): string {
  return model.kind === "object" ? "object" : model.kind === "enum" ? "enum" : "alias";
}

function firstSentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const line = text.split(/\r?\n/)[0] ?? "";
  const end = line.search(/\.(\s|$)/);
  return end === -1 ? line : line.slice(0, end + 1);
}
