import type { ApiDef } from "../../ir/types.js";
import type { EmittedFile } from "../emitted-file.js";
import { apiPage } from "./api-page.js";
import type { DocsProfile } from "./docs-profile.js";
import { docsIndex } from "./docs-index.js";
import { modelPage } from "./model-page.js";
import { modelUsersIndex } from "./model-users.js";
import { packageReadme } from "./package-readme.js";
import { modelLinks, modelPageGroups } from "./type-link.js";

/**
 * The package's Markdown: README.md, docs/README.md, one page per resource, and one page per
 * model file (a model with the types hoisted out of it).
 */
export function docsFiles(api: ApiDef, packageName: string, profile: DocsProfile): EmittedFile[] {
  const models = new Map(api.models.map((m) => [m.name, m]));
  const users = modelUsersIndex(models, api.resources);
  const groups = modelPageGroups(api.models);
  const links = modelLinks(groups);
  return [
    { path: "README.md", text: packageReadme({ api, packageName, profile }) },
    { path: "docs/README.md", text: docsIndex(api, links) },
    ...api.resources.map((resource) => ({
      path: `docs/${resource.className}.md`,
      text: apiPage({ resource, models, packageName, links, profile }),
    })),
    ...groups.map((group) => ({
      path: `docs/models/${group.main.name}.md`,
      text: modelPage({ group, models, users, links }),
    })),
  ];
}
