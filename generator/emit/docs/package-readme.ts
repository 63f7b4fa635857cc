import type { ApiDef } from "../../ir/types.js";
import { blocks, code, codeBlock, escapeText } from "./markdown.js";
import { type ReadmeContext, readmeContext } from "./readme-examples.js";
import {
  cancellationSection,
  errorsSection,
  loggingSection,
  pagingSection,
  rawResponseSection,
  retriesSection,
  treeShakingSection,
} from "./readme-call-sections.js";
import { callsSection } from "./readme-setup-sections.js";
import type { DocsProfile } from "./docs-profile.js";

export interface PackageReadmeInput {
  readonly api: ApiDef;
  readonly packageName: string;
  readonly profile: DocsProfile;
}

/**
 * The package's README.md: install, the profile's setup (authentication, where requests go),
 * calls, errors, retries, paging, raw responses, cancellation, logging, the profile's closing
 * sections (a migration guide), the reference.
 */
export function packageReadme({ api, packageName, profile }: PackageReadmeInput): string {
  const resource = api.resources[0];
  const intro = introduction(api, packageName);
  if (!resource) return blocks(`# ${packageName}`, intro);
  const context: ReadmeContext = readmeContext({ packageName, api, resource, profile });
  return blocks(
    `# ${packageName}`,
    intro,
    "## Install",
    codeBlock("sh", `npm install ${packageName}`),
    ...profile.setupSections(context),
    callsSection(context),
    errorsSection(context),
    retriesSection(context),
    context.paged && pagingSection(context),
    rawResponseSection(context),
    cancellationSection(context),
    loggingSection(context),
    treeShakingSection(context),
    ...profile.closingSections(context),
    referenceSection(api),
  );
}

function introduction(api: ApiDef, packageName: string): string {
  const classes = api.resources.map((r) => code(r.className)).join(", ");
  return [
    `A typed TypeScript client for the ${escapeText(api.title)} (${classes || "no operations"})${api.version ? `, version ${code(api.version)}` : ""}.`,
    `${code(packageName)} ships ESM and CommonJS builds with type declarations, has no runtime dependencies,`,
    "and runs in Node.js 18 or later and in browsers (it uses the global `fetch`).",
  ].join("\n");
}

function referenceSection(api: ApiDef): string {
  const pages = api.resources.map(
    (r) => `- [${code(r.className)}](docs/${r.className}.md): every method, its parameters, permissions and responses.`,
  );
  return ["## Reference", "", ...pages, "- [Models](docs/README.md): every request and response type."].join("\n");
}
