import { describe, expect, it } from "vitest";
import { buildApi } from "../../generator/ir/build-api.js";
import { GENESYS_BUILD_PROFILE } from "../../generator/genesys/profile.js";
import type { JsonObject } from "../../generator/lib/json.js";
import { getOperation, specWith } from "./factory.js";

/** A document with the given top-level keys, security schemes, and one operation's own keys. */
function documentWith({
  top = {},
  schemes,
  operation = {},
}: {
  top?: JsonObject;
  schemes?: JsonObject;
  operation?: JsonObject;
}): JsonObject {
  const document = { ...specWith({ paths: getOperation({ extra: operation }) }), ...top };
  if (schemes) (document.components as JsonObject).securitySchemes = schemes;
  return document;
}

const build = (document: JsonObject) => buildApi(document);
const codes = (document: JsonObject) => build(document).diagnostics.map((d) => d.code);

describe("servers", () => {
  it.each([
    ["none", {}, []],
    [
      "variables with their defaults and enums, in spec order",
      {
        servers: [
          {
            url: "https://{region}.example.com/{v}",
            description: "Main.",
            variables: { region: { default: "eu", enum: ["eu", "us"] }, v: { default: "v1" } },
          },
        ],
      },
      [
        {
          url: "https://{region}.example.com/{v}",
          description: "Main.",
          specPointer: "#/servers/0",
          variables: [
            { name: "region", default: "eu", enum: ["eu", "us"] },
            { name: "v", default: "v1" },
          ],
        },
      ],
    ],
    [
      "a variable without a default, which takes its first enum value",
      { servers: [{ url: "https://{env}.example.com", variables: { env: { enum: ["prod", "test"] } } }] },
      [
        {
          url: "https://{env}.example.com",
          specPointer: "#/servers/0",
          variables: [{ name: "env", default: "prod", enum: ["prod", "test"] }],
        },
      ],
    ],
  ])("reads %s", (_name, top, want) => {
    expect(build(documentWith({ top })).api.servers).toEqual(want);
  });

  it.each([
    ["a relative server URL", { top: { servers: [{ url: "/v1" }] } }, "relative-server-url"],
    [
      "a variable without a default",
      { top: { servers: [{ url: "https://{x}.example", variables: { x: {} } }] } },
      "server-variable-without-default",
    ],
    [
      "servers on an operation, which the client does not use",
      { operation: { servers: [{ url: "https://other.example" }] } },
      "nested-servers",
    ],
  ])("reports %s", (_name, given, code) => {
    expect(codes(documentWith(given))).toContain(code);
  });
});

describe("security schemes and requirements", () => {
  const schemes = {
    bearer: { type: "http", scheme: "Bearer", bearerFormat: "JWT" },
    key: { type: "apiKey", in: "query", name: "api_key", description: "The key." },
    basic: { type: "http", scheme: "basic" },
    oauth: {
      type: "oauth2",
      flows: {
        implicit: { authorizationUrl: "https://a.example/auth", scopes: { read: "" } },
        clientCredentials: { tokenUrl: "/token", scopes: { read: "", write: "" } },
      },
    },
    oidc: { type: "openIdConnect", openIdConnectUrl: "https://a.example/.well-known/openid-configuration" },
    digest: { type: "http", scheme: "digest" },
    tls: { type: "mutualTLS" },
  };

  it("keeps the schemes the client applies, in spec order, and reports the others", () => {
    const { api, diagnostics } = build(documentWith({ schemes }));
    expect(api.securitySchemes.map(({ specPointer: _, ...s }) => s)).toEqual([
      { name: "bearer", kind: "http", scheme: "bearer", bearerFormat: "JWT" },
      { name: "key", description: "The key.", kind: "apiKey", in: "query", parameterName: "api_key" },
      { name: "basic", kind: "http", scheme: "basic" },
      {
        name: "oauth",
        kind: "oauth2",
        flows: [
          { flow: "clientCredentials", tokenUrl: "/token", scopes: ["read", "write"] },
          { flow: "implicit", authorizationUrl: "https://a.example/auth", scopes: ["read"] },
        ],
      },
      { name: "oidc", kind: "openIdConnect", openIdConnectUrl: "https://a.example/.well-known/openid-configuration" },
    ]);
    expect(diagnostics.filter((d) => d.code === "unsupported-security-scheme").map((d) => d.specPointer)).toEqual([
      "#/components/securitySchemes/digest",
      "#/components/securitySchemes/tls",
    ]);
  });

  it.each([
    ["inherits the document's (no own security)", {}, undefined],
    ["states none", { security: [] }, []],
    ["states the document's again", { security: [{ bearer: [] }] }, undefined],
    [
      "offers alternatives, optional last",
      { security: [{ oauth: ["read"] }, { key: [], basic: [] }, {}] },
      [
        [{ scheme: "oauth", scopes: ["read"] }],
        [
          { scheme: "key", scopes: [] },
          { scheme: "basic", scopes: [] },
        ],
        [],
      ],
    ],
    [
      "names an unsupported scheme, an alternative that is dropped",
      { security: [{ digest: [] }, { key: [] }] },
      [[{ scheme: "key", scopes: [] }]],
    ],
  ])("gives an operation that %s", (_name, operation, want) => {
    const document = documentWith({ top: { security: [{ bearer: [] }] }, schemes, operation });
    const { api } = build(document);
    expect(api.security).toEqual([[{ scheme: "bearer", scopes: [] }]]);
    expect(api.resources[0]!.operations[0]!.security).toEqual(want);
  });

  it("reports a requirement naming an undeclared scheme", () => {
    const document = documentWith({ schemes, operation: { security: [{ nowhere: [] }] } });
    expect(build(document).diagnostics.map((d) => [d.code, d.specPointer])).toContainEqual([
      "unknown-security-scheme",
      "#/paths/~1things/get/security/0",
    ]);
  });

  it("records the conventions the IR was built with, for the pipeline to pick the docs by", () => {
    expect(build(documentWith({})).api.conventions).toBeUndefined();
    expect(buildApi(documentWith({}), { profile: GENESYS_BUILD_PROFILE }).api.conventions).toBe("genesys");
  });
});
