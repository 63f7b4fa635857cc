import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { type Rendered, renderSpec } from "../helpers/render.js";

/**
 * The injection fixture is made of strings that try to end a comment, a string or a template
 * (`*\/`, quotes, backticks, `${`, backslashes, line separators, `</script>`). Reading the
 * emitted code back with the TypeScript parser proves they stayed data: the program has
 * only the declarations the generator means to write, and every literal reads back as the
 * spec's own text.
 */
const SPEC = join("test", "fixtures", "specs", "injection.yaml");
/** Words that appear only inside the hostile strings (the schema "Evil" is a real name); as code tokens they would mean an escape. */
const PAYLOAD_WORDS = ["pwned", "alert", "inject", "script", "tick", "dq", "sq", "slash"];
const DECLARATIONS = new Set([
  ts.SyntaxKind.ImportDeclaration,
  ts.SyntaxKind.ExportDeclaration,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.ModuleDeclaration,
]);

/**
 * A `const` whose initializer is data only: object and array literals of string, number and
 * boolean literals (the spec's servers and security schemes in src/api-client.ts). Anything
 * else (a call, an identifier, a template) would be spec text turned into code.
 */
function isDataConstant(statement: ts.Statement): boolean {
  if (!ts.isVariableStatement(statement)) return false;
  const isData = (node: ts.Node): boolean =>
    ts.isStringLiteral(node) ||
    ts.isNumericLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    (ts.isArrayLiteralExpression(node) && node.elements.every(isData)) ||
    (ts.isObjectLiteralExpression(node) &&
      node.properties.every(
        (p) =>
          ts.isPropertyAssignment(p) &&
          (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
          isData(p.initializer),
      ));
  return statement.declarationList.declarations.every((d) => d.initializer !== undefined && isData(d.initializer));
}

function sourceFiles(rendered: Rendered): ts.SourceFile[] {
  return rendered.files
    .filter((f) => f.path.endsWith(".ts") && !f.path.startsWith("src/runtime/"))
    .map((f) => ts.createSourceFile(f.path, f.text, ts.ScriptTarget.ES2022, true));
}

/** Every identifier in the syntax tree (JSDoc is not part of it), with where it is. */
function codeWords(node: ts.Node, into: { word: string; at: number }[] = []): { word: string; at: number }[] {
  if (ts.isIdentifier(node)) into.push({ word: node.text, at: node.getStart() });
  ts.forEachChild(node, (child) => void codeWords(child, into));
  return into;
}

function stringLiterals(node: ts.Node, into: string[] = []): string[] {
  if (ts.isStringLiteral(node)) into.push(node.text);
  ts.forEachChild(node, (child) => void stringLiterals(child, into));
  return into;
}

function hasTemplate(node: ts.Node): boolean {
  if (ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralTypeNode(node))
    return true;
  return ts.forEachChild(node, hasTemplate) ?? false;
}

describe("spec text that tries to become code", () => {
  let rendered: Rendered;
  // biome-ignore lint/suspicious/noExplicitAny: the parsed spec is read along paths the test knows.
  let spec: Record<string, any>;
  beforeAll(async () => {
    rendered = await renderSpec(SPEC);
    spec = parse(await readFile(SPEC, "utf8")) as typeof spec;
  });

  it("parses without a syntax error in any emitted file", () => {
    for (const file of sourceFiles(rendered)) {
      const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
      expect(
        diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
        file.fileName,
      ).toEqual([]);
    }
  });

  it("declares only imports, exports, interfaces, type aliases, functions, classes and data constants", () => {
    const constants: string[] = [];
    for (const file of sourceFiles(rendered)) {
      const others = file.statements.filter((s) => !DECLARATIONS.has(s.kind));
      const data = others.filter(isDataConstant);
      constants.push(...data.map(() => file.fileName));
      expect(
        others.filter((s) => !data.includes(s)).map((s) => ts.SyntaxKind[s.kind]),
        file.fileName,
      ).toEqual([]);
    }
    expect(constants).toEqual(["src/api-client.ts"]);
  });

  it("would notice a constant that runs code (the check itself)", () => {
    const planted = ts.createSourceFile("x.ts", 'export const A = { url: String("x") };', ts.ScriptTarget.ES2022, true);
    expect(isDataConstant(planted.statements[0]!)).toBe(false);
  });

  it("has no payload word as a code token and no template literal", () => {
    for (const file of sourceFiles(rendered)) {
      const found = codeWords(file).filter(({ word }) => PAYLOAD_WORDS.includes(word.toLowerCase()));
      expect(
        found.map(({ word, at }) => `${word} at ${file.getLineAndCharacterOfPosition(at).line + 1}`),
        file.fileName,
      ).toEqual([]);
      expect(hasTemplate(file), file.fileName).toBe(false);
    }
  });

  it("reads every enum value, property name, server and security scheme back exactly as the spec writes it", () => {
    const evil = spec.components.schemas.Evil;
    const literals = new Set(sourceFiles(rendered).flatMap((file) => stringLiterals(file)));
    const expected = [
      ...Object.keys(evil.properties).filter((name) => !/^[A-Za-z_$][\w$]*$/.test(name)),
      ...evil.properties["${x}"].enum,
      ...spec.paths["/evil/{id}"].post.parameters[1].schema.enum,
      // The servers and security schemes, in src/api-client.ts and the operations.
      spec.servers[0].url,
      ...Object.keys(spec.servers[0].variables),
      ...spec.servers[0].variables["v*/"].enum,
      ...Object.keys(spec.components.securitySchemes),
      spec.components.securitySchemes['evil"scheme*/'].name,
      spec.components.securitySchemes["oauth`${inject}`"].flows.clientCredentials.tokenUrl,
    ];
    expect(expected.filter((value: string) => !literals.has(value))).toEqual([]);
  });

  it("gives the hostile property only the JSDoc tags the generator writes", () => {
    const model = sourceFiles(rendered).find((f) => f.fileName === "src/models/evil.ts")!;
    const evil = model.statements.find(ts.isInterfaceDeclaration)!;
    const tags = evil.members.flatMap((member) => ts.getJSDocTags(member).map((tag) => tag.tagName.text));
    expect(new Set(tags)).toEqual(new Set(["format", "deprecated"]));
    const comments = evil.members.flatMap((member) => ts.getJSDocCommentsAndTags(member));
    expect(comments.map((c) => c.getText()).join("\n")).toContain("export const pwned");
  });
});
