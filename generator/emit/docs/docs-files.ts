import type { ApiDef } from "../../ir/types.js";
import type { EmittedFile } from "../emitted-file.js";
import { apiPage } from "./api-page.js";
import { docsIndex } from "./docs-index.js";
import { modelPage } from "./model-page.js";
import { modelUsersIndex } from "./model-users.js";
import { packageReadme } from "./package-readme.js";
import { modelPagePath } from "./type-link.js";

/** The package's Markdown: README.md, docs/README.md, one page per resource and one per model. */
export function docsFiles(api: ApiDef, packageName: string): EmittedFile[] {
  const models = new Map(api.models.map((m) => [m.name, m]));
  const users = modelUsersIndex(models, api.resources);
  return [
    { path: "README.md", text: packageReadme({ api, packageName }) },
    { path: "docs/README.md", text: docsIndex(api) },
    ...api.resources.map((resource) => ({
      path: `docs/${resource.className}.md`,
      text: apiPage({ resource, models: api.models, packageName }),
    })),
    ...api.models.map((model) => ({
      path: `docs/${modelPagePath(model.name)}`,
      text: modelPage({ model, models, users: users.get(model.name)! }),
    })),
  ];
}
