import { createRequire } from "node:module";

/** Any method of an API class, as called through reflection. */
export type AnyMethod = (...args: unknown[]) => unknown;

/** An API class of either client: built from a client, methods by name. */
export type ApiClass = new (client: unknown) => object;

/** The parts of the official SDK's ApiClient the suite uses. */
interface SdkApiClient {
  setGateway(gateway: { host: string; protocol: string; port: number }): void;
  setAccessToken(token: string): void;
}

interface SdkModule {
  readonly ApiClientClass: new () => SdkApiClient;
  readonly [name: string]: unknown;
}

/** The official SDK, its API classes by name, and a client pointed at `baseUrl`. */
export interface Sdk {
  readonly classes: ReadonlyMap<string, ApiClass>;
  readonly client: unknown;
}

export const ACCESS_TOKEN = "wire-token";

/** Loads `purecloud-platform-client-v2` as a Node program would (its CommonJS build). */
export function loadSdk(baseUrl: string): Sdk {
  const sdk = createRequire(import.meta.url)("purecloud-platform-client-v2") as SdkModule;
  const client = new sdk.ApiClientClass();
  // setEnvironment always builds "https://api.<environment>"; the gateway setting is the
  // supported way to send the API calls to another host, protocol and port.
  const { hostname, protocol, port } = new URL(baseUrl);
  client.setGateway({ host: hostname, protocol: protocol.replace(":", ""), port: Number(port) });
  client.setAccessToken(ACCESS_TOKEN);
  return { classes: apiClasses(sdk), client };
}

/** The exports whose name ends in "Api" and that are classes. */
export function apiClasses(exports: Readonly<Record<string, unknown>>): ReadonlyMap<string, ApiClass> {
  const classes = new Map<string, ApiClass>();
  for (const [name, value] of Object.entries(exports)) {
    if (name.endsWith("Api") && typeof value === "function") classes.set(name, value as ApiClass);
  }
  return classes;
}

/** The method `name` of an API class's prototype, when it has one. */
export function methodOf(apiClass: ApiClass | undefined, name: string): AnyMethod | undefined {
  const method: unknown = apiClass ? Reflect.get(apiClass.prototype as object, name) : undefined;
  return typeof method === "function" ? (method as AnyMethod) : undefined;
}

/** Every method name of an API class, in prototype order. */
export function methodNames(apiClass: ApiClass): string[] {
  return Object.getOwnPropertyNames(apiClass.prototype).filter(
    (name) => name !== "constructor" && methodOf(apiClass, name) !== undefined,
  );
}
