// The three ways of fetching a room that the request and cold-start
// benchmarks compare. Each returns `getRoom(jid) => Promise<Room>`; loading
// the client (import + construction) happens inside createGetRoom so a cold
// start can time it.
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Every client sends the same request: the token the server expects. */
export const ACCESS_TOKEN = "t";

/**
 * Loads one client and returns getRoom for it.
 * variant: "raw-fetch" | "ours" | "official-sdk"; target: our client's module
 * file (ours) or the folder the official SDK is installed in (official-sdk).
 */
export async function createGetRoom({ variant, port, target }) {
  const basePath = `http://127.0.0.1:${port}`;
  if (variant === "raw-fetch") return rawFetchGetRoom(basePath);
  if (variant === "ours") return oursGetRoom(basePath, target);
  if (variant === "official-sdk") return officialSdkGetRoom(port, target);
  throw new Error(`unknown client variant "${variant}"`);
}

// The floor: the same request written by hand with the platform fetch.
function rawFetchGetRoom(basePath) {
  return async (jid) => {
    const response = await fetch(`${basePath}/api/v2/chats/rooms/${encodeURIComponent(jid)}`, {
      headers: { authorization: `Bearer ${ACCESS_TOKEN}`, accept: "application/json" },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  };
}

async function oursGetRoom(basePath, moduleFile) {
  const { ApiClient, ChatApi } = await import(pathToFileURL(moduleFile).href);
  const chat = new ChatApi(new ApiClient({ basePath, accessToken: ACCESS_TOKEN }));
  return (jid) => chat.getChatsRoom(jid);
}

// The SDK builds https://api.<environment> URLs; its gateway setting is the
// supported way to point it at another host, protocol and port.
function officialSdkGetRoom(port, folder) {
  const require = createRequire(join(folder, "package.json"));
  const platformClient = require("purecloud-platform-client-v2");
  const client = platformClient.ApiClient.instance;
  client.setGateway({ host: "127.0.0.1", protocol: "http", port });
  client.setAccessToken(ACCESS_TOKEN);
  const chat = new platformClient.ChatApi();
  return (jid) => chat.getChatsRoom(jid);
}
