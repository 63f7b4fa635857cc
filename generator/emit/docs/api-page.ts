import type { ModelDef, ResourceDef } from "../../ir/types.js";
import { anchor, blocks, code, escapeCell, table } from "./markdown.js";
import type { DocsProfile } from "./docs-profile.js";
import { operationSection } from "./operation-section.js";
import type { ModelLinks } from "./type-link.js";

export interface ApiPageInput {
  readonly resource: ResourceDef;
  /** Every model by name. */
  readonly models: ReadonlyMap<string, ModelDef>;
  readonly packageName: string;
  readonly links: ModelLinks;
  readonly profile: DocsProfile;
}

/** `docs/<ClassName>.md`: a table of every method, then one section per method. */
export function apiPage({ resource, models, packageName, links, profile }: ApiPageInput): string {
  const context = { packageName, resource, models, links, profile };
  const rows = resource.operations.map((op) => [
    `[${code(op.methodName)}](#${anchor(op.methodName)})`,
    code(op.httpMethod),
    code(op.pathTemplate),
    escapeCell(op.docs.summary) + (op.docs.preview ? " (preview)" : "") + (op.docs.deprecated ? " (deprecated)" : ""),
  ]);
  return blocks(
    `# ${resource.className}`,
    `The ${escapeCell(resource.tag)} operations of ${code(packageName)}. Every method is also exported as a ` +
      "standalone function that takes the `ApiClient` first, which bundlers can tree-shake.",
    profile.basePathNote,
    "## Methods",
    table(["Method", "HTTP verb", "Path", "Summary"], rows),
    "## Details",
    ...resource.operations.map((op) => operationSection(op, context)),
  );
}
