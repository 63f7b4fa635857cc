/** What a seed page documents about one method, in our naming (camelCase, upper-case verbs). */
export interface SeedMethod {
  readonly name: string;
  endpoint?: string;
  readonly parameters: string[];
  /** "ANY", "ALL" or "NO" when the seed states it. */
  permissionType?: string;
  readonly permissions: string[];
  readonly statuses: string[];
}

function method(name: string): SeedMethod {
  return { name, parameters: [], permissions: [], statuses: [] };
}

/** Splits a page on a heading pattern; each chunk starts with the heading's captured name. */
function chunks(text: string, heading: RegExp): [string, string][] {
  const parts = text.split(heading);
  const result: [string, string][] = [];
  for (let i = 1; i + 1 < parts.length; i += 2) result.push([parts[i]!, parts[i + 1]!]);
  return result;
}

/** The platform-client JS docs: `### \`name\``, an Endpoint code span, `- \`param\`` lines, a status table. */
export function parseJsClientSeed(text: string): SeedMethod[] {
  return chunks(text, /^### `(\w+)`$/m).map(([name, body]) => {
    const seed = method(name);
    seed.endpoint = /^`([A-Z]+ \/[^`]+)`$/m.exec(body)?.[1];
    for (const [, param] of body.matchAll(/^- `([\w.]+)` - \*\*\(/gm)) {
      // `query` is the JS client's bag for query parameters; `query.limit` is the parameter `limit`.
      if (param !== "query") seed.parameters.push(param!.replace(/^query\./, ""));
    }
    for (const [, status] of body.matchAll(/^\| `(\d{3}|default)` \|/gm)) seed.statuses.push(status!);
    return seed;
  });
}

/** The .NET SDK docs: a summary table with verbs and paths, `## ... Name (` sections, permission bullets, a parameter table. */
export function parseDotnetSeed(text: string): SeedMethod[] {
  const endpoints = new Map<string, string>();
  for (const [, name, verb, path] of text.matchAll(/^\| \[\*\*(\w+)\*\*\]\([^)]*\) \| \*\*(\w+)\*\* (\S+) \|/gm)) {
    endpoints.set(camel(name!), `${verb!.toUpperCase()} ${path}`);
  }
  return chunks(text, /^## .*?\b(\w+) \(.*\)$/m).map(([pascalName, body]) => {
    const seed = method(camel(pascalName));
    seed.endpoint = endpoints.get(seed.name);
    seed.permissionType = /^Requires (\w+) permissions:/m.exec(body)?.[1];
    for (const [, permission] of body.matchAll(/^\* (\S+)\s*$/gm)) seed.permissions.push(permission!);
    for (const [, param] of body.matchAll(/^\| \*\*(\w+)\*\* \|/gm)) seed.parameters.push(param!);
    return seed;
  });
}

function camel(pascal: string): string {
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** Our ChatApi.md split into method sections by their `### name` heading. */
export function ourSections(text: string): Map<string, string> {
  return new Map(chunks(text, /^### (\w+)$/m));
}
