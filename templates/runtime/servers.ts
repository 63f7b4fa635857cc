import { ArgumentError } from "./errors.js";

/** A variable of a server URL, as the API description declares it. */
export interface ServerVariableDescription {
  readonly default: string;
  /** The only values allowed, when the description restricts them. */
  readonly enum?: readonly string[];
}

/** One server of the API description: a URL template such as `https://{region}.example.com/v1`. */
export interface ServerDescription {
  readonly url: string;
  readonly description?: string;
  readonly variables?: Readonly<Record<string, ServerVariableDescription>>;
}

/** A server by its position in the description's `servers`, or by its URL as the description writes it. */
export type ServerChoice = number | string;

/** Values for a server's URL variables; the description's defaults fill in the rest. */
export type ServerVariables = Readonly<Record<string, string>>;

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** True for a URL with a scheme (`https://...`): one fetch can send to from anywhere. */
export function isAbsoluteUrl(url: string): boolean {
  return ABSOLUTE.test(url);
}

/**
 * The base URL of the chosen server, its variables filled in and trailing slashes cut. A
 * relative URL (`/v1`) is resolved against the page's address in a browser, as OpenAPI
 * resolves it against where the description is served; elsewhere it is returned as it is,
 * and a request sent with it is refused (set `basePath` instead).
 */
export function serverUrl(
  servers: readonly ServerDescription[],
  choice: ServerChoice = 0,
  values: ServerVariables = {},
  caller = "ApiClient",
): string {
  const server = pickServer(servers, choice, caller);
  const variables = server.variables ?? {};
  for (const name of Object.keys(values)) {
    if (!Object.hasOwn(variables, name)) {
      const known = Object.keys(variables).join(", ") || "none";
      throw new ArgumentError(
        caller,
        `${caller}: server ${JSON.stringify(server.url)} has no variable "${name}" (it has: ${known}).`,
      );
    }
  }
  const url = server.url.replace(/\{([^}]+)\}/g, (slot, name: string) => {
    const variable = Object.hasOwn(variables, name) ? variables[name] : undefined;
    if (!variable) return slot;
    const value = Object.hasOwn(values, name) ? values[name]! : variable.default;
    if (variable.enum && variable.enum.length > 0 && !variable.enum.includes(value)) {
      throw new ArgumentError(
        caller,
        `${caller}: server variable "${name}" is ${JSON.stringify(value)}, not one of ${variable.enum.map((v) => JSON.stringify(v)).join(", ")}.`,
      );
    }
    return value;
  });
  return resolveRelative(url).replace(/\/+$/, "");
}

function pickServer(
  servers: readonly ServerDescription[],
  choice: ServerChoice,
  caller: string,
): ServerDescription {
  const server =
    typeof choice === "number" ? servers[choice] : servers.find((s) => s.url === choice);
  if (server) return server;
  const listed = servers.map((s, i) => `${i}: ${s.url}`).join("; ") || "none";
  throw new ArgumentError(
    caller,
    `${caller}: the API description has no server ${JSON.stringify(choice)} (its servers: ${listed}); for any other URL, set basePath.`,
  );
}

/** In a browser, a relative server URL means the page's own origin, as fetch would read it. */
function resolveRelative(url: string): string {
  if (isAbsoluteUrl(url)) return url;
  const page = (globalThis as { location?: { href?: unknown } }).location?.href;
  if (typeof page !== "string" || !isAbsoluteUrl(page)) return url;
  return new URL(url === "" ? "/" : url, page).href;
}
