import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderSpec } from "../helpers/render.js";
import { typecheck, writeTree } from "../helpers/typecheck.js";

/**
 * A program against the package generated from security-schemes.yaml: what it may write
 * compiles under strict, and each `@ts-expect-error` line must fail (an unused one is an error).
 */
const PROGRAM = `
import { ApiClient, AuthApi, getWithBasic, type SecurityCredentials, type ServerDescription } from "./src/index.js";

const credentials: SecurityCredentials = {
  bearerAuth: () => Promise.resolve("token"),
  headerKey: "key",
  basicAuth: { username: "ada", password: "secret" },
  clientCredentials: { clientId: "id", clientSecret: "secret", scopes: ["things.read"] },
};
const client = new ApiClient({ credentials, server: 0, serverVariables: { port: "9000" } });
client.setCredentials({ clientCredentials: "a-token-obtained-elsewhere", headerKey: undefined });
client.setServer("http://127.0.0.1:{port}/v1", { port: "9001" });
const api: AuthApi = new AuthApi();
const shared: ApiClient = ApiClient.instance;
const seen: Promise<{ authorization?: string }> = getWithBasic(client);
const servers: readonly ServerDescription[] = [];
void [api, shared, seen, servers];

// @ts-expect-error Basic takes a user name and password, not a string.
new ApiClient({ credentials: { basicAuth: "ada:secret" } });
// @ts-expect-error An API key is a string (or a function returning one).
client.setCredentials({ headerKey: 42 });
// @ts-expect-error The spec declares no scheme of that name.
new ApiClient({ credentials: { sessionToken: "x" } });
// @ts-expect-error Client credentials need the secret too.
client.setCredentials({ clientCredentials: { clientId: "id" } });
// @ts-expect-error Server variables are text.
client.setServer(0, { port: 9000 });
`;

let root: string;

beforeAll(async () => {
  const { files } = await renderSpec(join("test", "fixtures", "specs", "security-schemes.yaml"));
  root = await writeTree("types-generated-client", files);
});

describe("the generated ApiClient's types", () => {
  it("take each scheme's credentials by name, and refuse the wrong kind", async () => {
    await writeFile(join(root, "program.ts"), PROGRAM);
    expect(typecheck([join(root, "program.ts")])).toEqual([]);
  }, 120_000);

  it("would catch an expected error that does not happen (the check itself)", async () => {
    await writeFile(
      join(root, "planted.ts"),
      `${PROGRAM}\n// @ts-expect-error\nnew ApiClient({ credentials: { headerKey: "fine" } });\n`,
    );
    expect(typecheck([join(root, "planted.ts")]).join("\n")).toMatch(/Unused '@ts-expect-error' directive/);
  }, 120_000);
});
