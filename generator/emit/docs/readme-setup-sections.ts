import { codeBlock, code } from "./markdown.js";
import {
  type ReadmeContext,
  callExpression,
  declarations,
  functionCall,
  importLine,
  setupLines,
} from "./readme-examples.js";

/** A section: heading, prose, and TypeScript programs (each type-checked by the tests). */
export function section(title: string, ...parts: string[]): string {
  return [`## ${title}`, ...parts].join("\n\n");
}

export function ts(lines: readonly string[]): string {
  return codeBlock("ts", lines.join("\n"));
}

/** A read call, a call with a body, and per-call options. */
export function callsSection(context: ReadmeContext): string {
  const { className } = context.resource;
  const { read, write } = context;
  const args = write ? declarations(context, read, write) : declarations(context, read);
  const lines = [
    importLine(context, ["ApiClient", className], args.types),
    "",
    ...setupLines(context),
    "",
    ...args.lines,
    `const first = await ${callExpression(context, read)};`,
    "console.log(first);",
  ];
  if (write) lines.push("", `const second = await ${callExpression(context, write)};`, "console.log(second);");
  lines.push(
    "",
    "// Every method takes per-call options last: headers, timeout, retry policy, abort signal.",
    'const options = { headers: { "x-request-tag": "docs-example" }, timeoutMs: 5_000 };',
    `await ${callExpression(context, read, ["{}", "options"])};`,
  );
  return section(
    "Make calls",
    `Create one \`ApiClient\` and wrap it in ${code(className)}; every method returns a promise of the response body, typed from the spec. ` +
      "Path parameters come first, then the request body, then an `opts` object with the optional query parameters. " +
      `See [docs/${className}.md](docs/${className}.md) for every method.`,
    ts(lines),
    `Each method is also a standalone function that takes the client first, such as ${code(functionCall(context, read))}; see [Tree-shaking](#tree-shaking).`,
  );
}
