import type { ApiDef } from "../ir/types.js";
import { docsFiles } from "./docs/docs-files.js";
import type { EmittedFile } from "./emitted-file.js";
import { indexFile } from "./index-file.js";
import { modelsToFiles } from "./models-files.js";
import { type PackageInfo, packageFiles } from "./package-files.js";
import { resourcesToFiles } from "./resource-files.js";

export interface EmitOptions {
  /** The spec's file name (no folders), written in each banner. */
  readonly specName: string;
  readonly packageInfo: PackageInfo;
}

/** Every file of the generated package except the runtime, which is copied verbatim. */
export function emitApi(api: ApiDef, options: EmitOptions): EmittedFile[] {
  return [
    ...modelsToFiles(api.models, options.specName),
    ...resourcesToFiles(api, options.specName),
    { path: "src/index.ts", structure: indexFile(api, options.specName) },
    ...packageFiles(api, options.packageInfo),
    ...docsFiles(api, options.packageInfo.name),
  ];
}
