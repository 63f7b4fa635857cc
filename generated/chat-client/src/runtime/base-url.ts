import { ArgumentError } from "./errors.js";
import { gatewayUrl, type GatewayConfiguration } from "./gateway.js";
import { normalizeEnvironment } from "./regions.js";
import {
  isAbsoluteUrl,
  serverUrl,
  type ServerChoice,
  type ServerDescription,
  type ServerVariables,
} from "./servers.js";

const trimSlashes = (url: string): string => url.replace(/\/+$/, "");

/** The client options that say where requests go. */
export interface BaseUrlOptions {
  readonly environment?: string | undefined;
  readonly server?: ServerChoice | undefined;
  readonly serverVariables?: ServerVariables | undefined;
  readonly basePath?: string | undefined;
  readonly loginBasePath?: string | undefined;
}

/**
 * Where requests go. A client without an API description reaches the Genesys Cloud regions:
 * `environment` (mypurecloud.com unless set) names the API and login hosts. A client with one
 * reaches the description's servers: the first unless another is chosen, its variables filled
 * in. `basePath` wins over both, and a gateway over everything.
 */
export class BaseUrls {
  #environment = "";
  #basePath = "";
  #loginBasePath = "";
  #gateway: GatewayConfiguration | undefined;
  readonly #servers: readonly ServerDescription[] | undefined;

  constructor(options: BaseUrlOptions, servers: readonly ServerDescription[] | undefined) {
    this.#servers = servers;
    if (!servers) this.setEnvironment(options.environment ?? "mypurecloud.com");
    else if (options.environment !== undefined) throw noRegions("ApiClient");
    // A description without servers leaves the base URL to `basePath`.
    else if (servers.length > 0 || options.server !== undefined)
      this.setServer(options.server ?? 0, options.serverVariables, "ApiClient");
    if (options.basePath) this.#basePath = trimSlashes(options.basePath);
    if (options.loginBasePath) this.#loginBasePath = trimSlashes(options.loginBasePath);
  }

  get environment(): string {
    return this.#environment;
  }

  get api(): string {
    return gatewayUrl(this.#gateway, "api") ?? this.#basePath;
  }

  get login(): string {
    return gatewayUrl(this.#gateway, "login") ?? this.#loginBasePath;
  }

  setEnvironment(environment: string): void {
    if (this.#servers) throw noRegions("setEnvironment");
    this.#environment = normalizeEnvironment(environment);
    this.#basePath = `https://api.${this.#environment}`;
    this.#loginBasePath = `https://login.${this.#environment}`;
  }

  setServer(choice: ServerChoice, variables?: ServerVariables, caller = "setServer"): void {
    if (!this.#servers) {
      throw new ArgumentError(
        caller,
        `${caller}: this client reaches regions, not the servers of an API description; use setEnvironment or basePath.`,
      );
    }
    this.#basePath = serverUrl(this.#servers, choice, variables, caller);
  }

  setGateway(gateway: GatewayConfiguration | undefined): void {
    this.#gateway = gateway ? { ...gateway } : undefined;
  }

  /**
   * The API base URL for a request. A relative one is left to fetch in a browser (it means
   * the page's own server); elsewhere fetch cannot send to it, so the call is refused.
   */
  apiFor(operationId: string): string {
    const base = this.api;
    if (isAbsoluteUrl(base) || hasPage()) return base;
    const why =
      base === ""
        ? "the API description names no server"
        : `the server URL ${JSON.stringify(base)} is relative`;
    throw new ArgumentError(
      operationId,
      `${operationId}: ${why}; set basePath to the API's absolute URL (https://...); nothing was sent.`,
    );
  }
}

/** The page's address in a browser; undefined elsewhere. */
function pageHref(): string | undefined {
  const href = (globalThis as { location?: { href?: unknown } }).location?.href;
  return typeof href === "string" ? href : undefined;
}

function hasPage(): boolean {
  return pageHref() !== undefined;
}

/** A URL the API description gives relative to its server (an OAuth token URL), made absolute. */
export function resolveAgainst(urls: BaseUrls, url: string, operationId: string): string {
  if (isAbsoluteUrl(url)) return url;
  // Refused like a request when the base URL cannot be sent to; relative to the page in a browser.
  const base = new URL(`${urls.apiFor(operationId)}/`, pageHref());
  return new URL(url, base).href;
}

function noRegions(caller: string): ArgumentError {
  return new ArgumentError(
    caller,
    `${caller}: this API has servers, not regions; choose one with the server option or setServer, or set basePath.`,
  );
}
