import { type BuildContext, report, text } from "./build-context.js";
import { asArray, asStringArray, isObject, type JsonObject } from "../lib/json.js";
import { pointerJoin } from "../lib/json-pointer.js";
import { isHttpMethod } from "../lib/http-methods.js";
import type { ServerDef, ServerVariableDef } from "./types.js";

/**
 * The document's servers, in spec order. A relative URL is kept (the client resolves it in a
 * browser) and reported, since elsewhere the client needs `basePath`. Servers declared on a
 * path item or an operation are reported as not used: every call goes to the API's server.
 */
export function buildServers(ctx: BuildContext): ServerDef[] {
  reportNestedServers(ctx);
  return asArray(ctx.document.servers).flatMap((server, index) => {
    const pointer = pointerJoin("#/servers", index);
    if (!isObject(server) || typeof server.url !== "string") return [];
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(server.url)) {
      report(
        ctx,
        "relative-server-url",
        pointer,
        `Server "${server.url}" is relative: the client resolves it against the page in a browser, and needs basePath elsewhere.`,
      );
    }
    const variables = buildVariables(ctx, server, pointer);
    const description = text(server.description);
    return [{ url: server.url, ...(description ? { description } : {}), variables, specPointer: pointer }];
  });
}

function buildVariables(ctx: BuildContext, server: JsonObject, pointer: string): ServerVariableDef[] {
  const declared = isObject(server.variables) ? server.variables : {};
  return Object.entries(declared).flatMap(([name, variable]) => {
    if (!isObject(variable)) return [];
    const values = asStringArray(variable.enum);
    let fallback = variable.default;
    if (typeof fallback !== "string") {
      fallback = values[0] ?? "";
      report(
        ctx,
        "server-variable-without-default",
        pointerJoin(pointer, "variables", name),
        `Server variable "${name}" has no default, so it defaults to ${JSON.stringify(fallback)}.`,
      );
    }
    const description = text(variable.description);
    return [
      {
        name,
        default: fallback as string,
        ...(values.length > 0 ? { enum: values } : {}),
        ...(description ? { description } : {}),
      },
    ];
  });
}

function reportNestedServers(ctx: BuildContext): void {
  const paths = isObject(ctx.document.paths) ? ctx.document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const owners: [string, JsonObject][] = [["", item]];
    for (const [key, operation] of Object.entries(item)) {
      if (isHttpMethod(key) && isObject(operation)) owners.push([key, operation]);
    }
    for (const [key, owner] of owners) {
      if (asArray(owner.servers).length === 0) continue;
      const pointer = key ? pointerJoin("#/paths", path, key, "servers") : pointerJoin("#/paths", path, "servers");
      report(
        ctx,
        "nested-servers",
        pointer,
        `The servers of ${key ? `${key.toUpperCase()} ${path}` : `path "${path}"`} are not used: the client sends every call to the API's server.`,
      );
    }
  }
}
