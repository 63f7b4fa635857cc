import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ApiClientOptions, ApiPromise, ApiClient as RuntimeClient } from "../../templates/runtime/index.js";
import { json, startServer } from "./echo-server.js";
import { importGenerated } from "./generated-package.js";

/** A generated package as this test calls it: its client, and resource classes by name. */
interface Package {
  ApiClient: new (options?: ApiClientOptions) => RuntimeClient;
  [className: string]: unknown;
}
interface ThingsApi {
  readonly client: RuntimeClient;
  getThing(id: string): ApiPromise<{ id: string }>;
}
type ApiClass<T> = new (client?: RuntimeClient) => T;

let servers: Package;
let swagger2: Package;
let server: Awaited<ReturnType<typeof startServer>>;

const ThingsApi = (): ApiClass<ThingsApi> => servers.ThingsApi as ApiClass<ThingsApi>;
const port = (): string => String(server.port);

beforeAll(async () => {
  ({ module: servers } = await importGenerated<Package>("test/fixtures/specs/servers.yaml", "e2e-servers"));
  ({ module: swagger2 } = await importGenerated<Package>("test/fixtures/specs/swagger2.yaml", "e2e-servers-swagger2"));
  server = await startServer((req, res) => json(res, 200, { id: req.url }));
});

afterAll(() => server.close());

beforeEach(() => {
  server.seen.length = 0;
});

describe("the spec's servers, over a real socket", () => {
  it("without options, the first server with every variable at its default", () => {
    expect(new (ThingsApi())().client.basePath).toBe("http://127.0.0.1:80/v2");
  });

  it("sends to the first server, a variable set and the others at their defaults", async () => {
    const things = new (ThingsApi())(new servers.ApiClient({ serverVariables: { port: port() } }));
    await things.getThing("a/b");
    expect(server.seen.map((r) => r.url)).toEqual(["/v2/things/a%2Fb"]);
  });

  it("sends to another server chosen by index, or by its URL as the spec writes it", async () => {
    const byIndex = new servers.ApiClient({ server: 1, serverVariables: { port: port() } });
    const byUrl = new servers.ApiClient({
      server: "http://127.0.0.1:{port}/sandbox/",
      serverVariables: { port: port() },
    });
    expect(byIndex.basePath).toBe(`http://127.0.0.1:${port()}/sandbox`);
    await new (ThingsApi())(byIndex).getThing("x");
    await new (ThingsApi())(byUrl).getThing("y");
    expect(server.seen.map((r) => r.url)).toEqual(["/sandbox/things/x", "/sandbox/things/y"]);
  });

  it("moves with setServer, an allowed enum value included", async () => {
    const client = new servers.ApiClient({ server: 1 });
    client.setServer(0, { port: port(), version: "v1" });
    await new (ThingsApi())(client).getThing("z");
    expect(server.seen.map((r) => r.url)).toEqual(["/v1/things/z"]);
  });

  it("refuses a value outside a variable's enum, and a relative server in Node, sending nothing", async () => {
    expect(() => new servers.ApiClient({ serverVariables: { version: "v9" } })).toThrow(/not one of "v1", "v2"/);
    const relative = new (ThingsApi())(new servers.ApiClient({ server: 2 }));
    await expect(relative.getThing("r")).rejects.toMatchObject({ name: "ArgumentError" });
    expect(server.seen).toHaveLength(0);
  });

  it("keeps a Swagger 2.0 spec's host, basePath and scheme as its default server", () => {
    const PetsApi = swagger2.PetsApi as ApiClass<{ client: RuntimeClient }>;
    expect(new PetsApi().client.basePath).toBe("https://api.example.com/v1");
  });
});
