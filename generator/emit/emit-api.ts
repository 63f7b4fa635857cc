import type { ApiDef } from "../ir/types.js";
import { apiClientFile } from "./api-client-file.js";
import { docsFiles } from "./docs/docs-files.js";
import { type EmitProfile, neutralEmitProfile } from "./emit-profile.js";
import type { EmittedFile } from "./emitted-file.js";
import { indexFile } from "./index-file.js";
import { modelsToFiles } from "./models-files.js";
import { type PackageInfo, packageFiles } from "./package-files.js";
import { resourcesToFiles } from "./resource-files.js";

export interface EmitOptions {
  /** The spec's file name (no folders), written in each banner. */
  readonly specName: string;
  readonly packageInfo: PackageInfo;
  /** A vendor's conventions; the neutral ones (the spec's servers and security schemes) when absent. */
  readonly profile?: EmitProfile;
}

/** Every file of the generated package except the runtime, which is copied verbatim. */
export function emitApi(api: ApiDef, options: EmitOptions): EmittedFile[] {
  const profile = options.profile ?? neutralEmitProfile(api);
  const specClient = !profile.runtimeClient;
  return [
    ...modelsToFiles(api.models, options.specName),
    ...resourcesToFiles(api, { specName: options.specName, specClient }),
    ...(specClient ? [{ path: "src/api-client.ts", structure: apiClientFile(api, options.specName) }] : []),
    { path: "src/index.ts", structure: indexFile(api, { specName: options.specName, specClient }) },
    ...packageFiles(api, options.packageInfo),
    ...docsFiles(api, options.packageInfo.name, profile.docs),
  ];
}
