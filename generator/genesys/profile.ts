import type { BuildProfile } from "../ir/profile.js";
import { isObject, type JsonObject } from "../lib/json.js";
import {
  METHOD_NAME_EXTENSION,
  PERMISSIONS_EXTENSION,
  PREVIEW_EXTENSION,
  genesysOperationFacts,
} from "./extensions.js";
import { historyPaging } from "./paging.js";
import { sdkOptionKey } from "./sdk-names.js";

/**
 * What the Genesys conventions add to the IR: permissions, preview, history iterators, and the
 * official SDK's wire behaviour where it differs from a literal reading of the spec: `opts` keys
 * named as the SDK names them, every array query parameter sent as one comma-joined value (the
 * SDK's `serialize` joins arrays, whatever `collectionFormat` says), and a string body sent as
 * the JSON text it holds.
 */
export const GENESYS_BUILD_PROFILE: BuildProfile = {
  name: "genesys",
  operationFacts: genesysOperationFacts,
  paging: historyPaging,
  optionKey: sdkOptionKey,
  arrayQueryStyle: "formNoExplode",
  stringBodyIsJsonText: true,
};

/** The API hosts of the Genesys Cloud regions (the runtime's `PureCloudRegionHosts`), and their test hosts. */
const GENESYS_HOSTS =
  /(^|\.)(mypurecloud\.(com|ie|de|jp|com\.au)|[a-z0-9]+\.(us-gov-|eusc-)?pure\.cloud|inintca\.com)$/i;

/**
 * True for a description of the Genesys Cloud API: one whose operations carry Genesys
 * extensions, or whose host or servers are Genesys Cloud hosts.
 */
export function isGenesysDocument(document: JsonObject): boolean {
  const hosts = [
    document.host,
    ...(Array.isArray(document.servers) ? document.servers.map((s) => (isObject(s) ? s.url : undefined)) : []),
  ]
    .filter((h): h is string => typeof h === "string")
    .map((h) => h.replace(/^[a-z]+:\/\//i, "").split(/[/:]/)[0]!);
  if (hosts.some((host) => GENESYS_HOSTS.test(host))) return true;
  const extensions = [PERMISSIONS_EXTENSION, PREVIEW_EXTENSION, METHOD_NAME_EXTENSION];
  const paths = isObject(document.paths) ? Object.values(document.paths) : [];
  return paths.some(
    (item) =>
      isObject(item) &&
      Object.values(item).some(
        (operation) => isObject(operation) && extensions.some((extension) => operation[extension] !== undefined),
      ),
  );
}

/** The conventions `document` follows: Genesys', or none. */
export function buildProfileFor(document: JsonObject): BuildProfile | undefined {
  return isGenesysDocument(document) ? GENESYS_BUILD_PROFILE : undefined;
}
