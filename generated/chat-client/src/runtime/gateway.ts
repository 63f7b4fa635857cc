/**
 * A gateway in front of the API and login servers, as the official SDK's
 * `setGateway` takes it (its field names included).
 */
export interface GatewayConfiguration {
  /** The gateway's host name or address. Without it the region's URLs are used. */
  readonly host: string;
  /** Defaults to "https". */
  readonly protocol?: string;
  readonly port?: number;
  /** Appended to the gateway URL for login requests. */
  readonly path_params_login?: string;
  /** Appended to the gateway URL for API requests. */
  readonly path_params_api?: string;
}

/** The gateway URL for API or login requests, or undefined when there is no gateway host. */
export function gatewayUrl(
  gateway: GatewayConfiguration | undefined,
  use: "api" | "login",
): string | undefined {
  if (!gateway?.host) return undefined;
  let url = `${gateway.protocol || "https"}://${gateway.host}`;
  if (typeof gateway.port === "number" && gateway.port >= 0) url += `:${gateway.port}`;
  const path = use === "login" ? gateway.path_params_login : gateway.path_params_api;
  if (path) url += path.startsWith("/") ? path : `/${path}`;
  return url.replace(/\/+$/, "");
}
