import type { SecuritySchemeDef, ServerDef } from "../../ir/types.js";
import { stringLiteral } from "../type-expr-to-string.js";
import {
  credentialText,
  credentialsOption,
  defaultUrl,
  isAbsolute,
  requirementText,
  schemeKind,
} from "./access-text.js";
import { propertyKey } from "../scheme-facts.js";
import { newClient } from "./docs-profile.js";
import { code, escapeCell, table } from "./markdown.js";
import { instanceName } from "./operation-example.js";
import { type ReadmeContext, callExpression, declarations, importLine } from "./readme-examples.js";
import { section, ts } from "./readme-setup-sections.js";

/** The spec's security schemes, what each takes, and a client given credentials for them. */
export function securitySection(context: ReadmeContext): string {
  const { securitySchemes: schemes, security } = context.api;
  if (schemes.length === 0) {
    return section(
      "Authenticate",
      "The API description declares no security schemes. If the API wants a token anyway, `accessToken` sends it as a " +
        "bearer token with every request; `defaultHeaders` sends any other header:",
      ts([
        importLine(context, ["ApiClient"]),
        "",
        `const client = ${newClient('accessToken: "YOUR_TOKEN"')};`,
        'client.setDefaultHeaders({ "x-api-key": "YOUR_API_KEY" });',
      ]),
    );
  }
  const rows = schemes.map((s) => [code(s.name), schemeKind(s), credentialText(s), escapeCell(s.description)]);
  const defaults =
    security.length > 0
      ? `Unless an operation says otherwise, it needs ${security.map(requirementText).join(", or ")}. `
      : "";
  const first = schemes[0]!;
  const args = declarations(context, context.read);
  return section(
    "Authenticate",
    "Give the client credentials for the API's security schemes, by scheme name:",
    table(["Scheme", "Type", "Credentials", "Description"], rows),
    `${defaults}Each call sends the credentials of the first of its operation's alternatives you gave credentials for ` +
      "(and none when it has no security requirement); one you have none for goes without, and the server's answer says why. " +
      "No credential appears in errors, log lines, `toJSON()` or `util.inspect`.",
    ts([
      importLine(context, ["ApiClient", context.resource.className], args.types),
      "",
      `const client = ${newClient(credentialsOption(schemes))};`,
      "",
      "// Replace a credential later (undefined removes it), say with a function asked before every request:",
      `client.setCredentials({ ${propertyKey(first.name)}: ${laterCredential(first)} });`,
      "",
      `const ${instanceName(context.resource.className)} = new ${context.resource.className}(client);`,
      ...args.lines,
      `console.log(await ${callExpression(context, context.read)});`,
    ]),
  );
}

/** Where requests go: the spec's first server, how to choose another or set its variables, any base URL. */
export function serversSection(context: ReadmeContext): string {
  const { servers } = context.api;
  const first = servers[0];
  const local = [
    "// Any base URL, for a gateway, a proxy or a mock server:",
    `const local = ${newClient('basePath: "http://127.0.0.1:4010"')};`,
    "console.log(local.basePath);",
  ];
  if (!first) {
    return section(
      "Choose a server",
      "The API description names no server, so give the client the API's base URL:",
      ts([importLine(context, ["ApiClient"]), "", ...local]),
    );
  }
  const choices = [
    servers.length > 1 && "choose another of the API's servers by its index or its URL",
    servers.some((s) => s.variables.length > 0) && "set the variables of a server's URL",
    "give any base URL",
  ].filter((choice): choice is string => typeof choice === "string");
  const listed = servers.length > 1 || first.variables.length > 0 ? [serverList(servers)] : [];
  return section(
    "Choose a server",
    `${whereRequestsGo(first)} You can ${choices.join(", or ")}:`,
    ...listed,
    ts([importLine(context, ["ApiClient"]), "", ...choiceLines(servers), ...local]),
  );
}

/** A credential set later in the example: a function for secrets, new values for Basic. */
function laterCredential(scheme: SecuritySchemeDef): string {
  if (scheme.kind === "http" && scheme.scheme === "basic") return '{ username: "me", password: "NEW_PASSWORD" }';
  return '() => sessionStorage.getItem("api-token") ?? undefined';
}

function whereRequestsGo(server: ServerDef): string {
  const url = defaultUrl(server);
  if (isAbsolute(url)) return `Requests go to ${code(url)} by default.`;
  return `Requests go to ${code(url || "/")} on the host the API description is served from: a browser resolves it against the page, elsewhere set \`basePath\`.`;
}

function serverList(servers: readonly ServerDef[]): string {
  return servers
    .map((server, index) => {
      const vars = server.variables.map(
        (v) => `${code(v.name)} (default ${code(v.default)}${v.enum ? `; one of ${v.enum.map(code).join(", ")}` : ""})`,
      );
      const about = [
        server.description && escapeCell(server.description),
        vars.length > 0 && `Variables: ${vars.join(", ")}.`,
      ];
      return [`- ${index}: ${code(server.url)}${about.some(Boolean) ? ":" : ""}`, ...about.filter(Boolean)].join(" ");
    })
    .join("\n");
}

/** Example lines choosing the second server, then setting a variable of a server that has one. */
function choiceLines(servers: readonly ServerDef[]): string[] {
  const lines: string[] = [];
  if (servers.length > 1) {
    lines.push(
      `const client = ${newClient("server: 1")};`,
      `console.log(client.basePath); // ${oneLine(defaultUrl(servers[1]!))}`,
      "",
    );
  }
  const index = servers.findIndex((s) => s.variables.length > 0);
  const server = servers[index];
  if (server) {
    const variable = server.variables[0]!;
    const value = variable.enum?.find((v) => v !== variable.default) ?? `my-${variable.name}`;
    const values = `{ ${propertyKey(variable.name)}: ${stringLiteral(value)} }`;
    lines.push(
      `const chosen = ${newClient(`server: ${index}`, `serverVariables: ${values}`)};`,
      `console.log(chosen.basePath); // ${oneLine(defaultUrl(server, { [variable.name]: value }))}`,
      `chosen.setServer(${index}); // back to the defaults`,
      "",
    );
  }
  return lines;
}

/** Spec text for a line comment: a line break would end the comment and start code. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ");
}
