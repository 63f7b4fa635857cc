import type { ApiDef, OperationDef } from "../../ir/types.js";
import { credentialsOption, defaultUrl, isAbsolute, requirementText } from "./access-text.js";
import type { DocsProfile } from "./docs-profile.js";
import { code } from "./markdown.js";
import { securitySection, serversSection } from "./readme-access-sections.js";

/**
 * The docs of any OpenAPI description: its security schemes and servers, read from the IR.
 * Examples pass a placeholder for the first scheme's credentials.
 */
export function neutralDocsProfile(api: ApiDef): DocsProfile {
  const credentials = credentialsOption(api.securitySchemes.slice(0, 1));
  return {
    setupSections: (context) => [securitySection(context), serversSection(context)],
    closingSections: () => [],
    clientOptions: credentials,
    exampleClientOptions: credentials,
    exampleStrings: [],
    basePathNote: basePathNote(api),
    correlationNote: "(the `inin-correlation-id` response header, when the server sends one)",
    securityNote: (op) => securityNote(op, api),
  };
}

function basePathNote(api: ApiDef): string {
  const first = api.servers[0];
  if (!first)
    return "All paths are relative to the client's base path, which you set: the API description names no server.";
  const url = defaultUrl(first);
  return isAbsolute(url)
    ? `All paths are relative to the client's base path (${code(url)} by default).`
    : `All paths are relative to the client's base path (${code(url || "/")} on the host the API description is served from, by default).`;
}

/** The credentials a method needs, when the API has security schemes. */
function securityNote(op: OperationDef, api: ApiDef): string | undefined {
  if (api.securitySchemes.length === 0) return undefined;
  const requirements = op.security ?? api.security;
  if (requirements.length === 0 || requirements.every((r) => r.length === 0)) return "**Authentication:** none.";
  const alternatives = requirements.map((r) => (r.length === 0 ? "none" : requirementText(r)));
  return `**Authentication:** ${alternatives.join(", or ")}.`;
}
