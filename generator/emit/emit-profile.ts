import type { ApiDef } from "../ir/types.js";
import type { DocsProfile } from "./docs/docs-profile.js";
import { neutralDocsProfile } from "./docs/neutral-docs-profile.js";

/** What a vendor's conventions change in the emitted package. */
export interface EmitProfile {
  /**
   * The runtime's own client serves the API as it is (the Genesys Cloud regions, access token
   * and logins), so no `src/api-client.ts` is emitted and operations name no security
   * requirements. Otherwise the package's `ApiClient` starts from the spec's servers and
   * security schemes.
   */
  readonly runtimeClient: boolean;
  readonly docs: DocsProfile;
}

/** Any OpenAPI description: the client and docs follow its servers and security schemes. */
export function neutralEmitProfile(api: ApiDef): EmitProfile {
  return { runtimeClient: false, docs: neutralDocsProfile(api) };
}
