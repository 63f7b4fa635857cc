import type { DocsProfile } from "../emit/docs/docs-profile.js";
import type { EmitProfile } from "../emit/emit-profile.js";
import { neutralEmitProfile } from "../emit/emit-profile.js";
import type { ApiDef } from "../ir/types.js";
import { GENESYS_BUILD_PROFILE } from "./profile.js";
import { migrationSection } from "./readme-migration.js";
import { authenticationSection, regionSection } from "./readme-sections.js";

/**
 * The Genesys Cloud docs: the logins and regions the runtime's own client knows, the
 * `environment` in examples, JIDs as example room and user ids, and the migration guide from
 * the official SDK. Nothing here depends on the spec's servers or security schemes: the
 * platform's are the runtime's.
 */
export const GENESYS_DOCS_PROFILE: DocsProfile = {
  setupSections: (context) => [authenticationSection(context), regionSection(context)],
  closingSections: (context) => [migrationSection(context)],
  clientOptions: 'accessToken: "YOUR_ACCESS_TOKEN"',
  exampleClientOptions: 'environment: "mypurecloud.com", accessToken: "YOUR_ACCESS_TOKEN"',
  exampleStrings: [
    [/^roomJid$/i, "6283b3d1e4b0a5c2f1d9e7a4@conference.example.orgspan.com"],
    [/jid$/i, "5d6e7f80a1b2c3d4e5f60718@example.orgspan.com"],
  ],
  basePathNote: "All paths are relative to the client's base path (`https://api.mypurecloud.com` by default).",
  correlationNote: "(the `inin-correlation-id` header) to quote to Genesys support",
  // Every platform operation takes the same OAuth token; its permissions say more.
  securityNote: () => undefined,
};

/** The runtime's own client (regions, the access token, the logins) serves the Genesys Cloud API. */
export const GENESYS_EMIT_PROFILE: EmitProfile = { runtimeClient: true, docs: GENESYS_DOCS_PROFILE };

/** How to emit `api`: the Genesys conventions when it was built with them, the neutral ones otherwise. */
export function emitProfileFor(api: ApiDef): EmitProfile {
  return api.conventions === GENESYS_BUILD_PROFILE.name ? GENESYS_EMIT_PROFILE : neutralEmitProfile(api);
}
