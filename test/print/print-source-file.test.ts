import type { SourceFileStructure, StatementStructures } from "ts-morph";
import { describe, expect, it } from "vitest";
import { NAMESPACE_KIND, StructureKind } from "../../generator/emit/structure-kind.js";
import { printSourceFile } from "../../generator/print/structure/print-source-file.js";

/** A source file of the given statements, as the emitters build them. */
function file(...statements: (string | StatementStructures)[]): SourceFileStructure {
  return { kind: StructureKind.SourceFile, statements };
}

const cases: [string, { given: SourceFileStructure; want: string }][] = [
  [
    "banner trivia, then imports of each form",
    {
      given: {
        ...file(
          { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./a.js", namedImports: ["A", "type B"] },
          { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "./c.js", namedImports: ["C"] },
          { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./d.js", namespaceImport: "d" },
        ),
        leadingTrivia: "// banner\n\n",
      },
      want: '// banner\n\nimport { A, type B } from "./a.js";\nimport type { C } from "./c.js";\nimport * as d from "./d.js";\n',
    },
  ],
  [
    "exports: all, named, type-only namespace",
    {
      given: file(
        { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./a.js" },
        { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./b.js", namedExports: ["B"] },
        { kind: StructureKind.ExportDeclaration, isTypeOnly: true, namespaceExport: "M", moduleSpecifier: "./m.js" },
      ),
      want: 'export * from "./a.js";\nexport { B } from "./b.js";\nexport type * as M from "./m.js";\n',
    },
  ],
  [
    "a type alias with a one-line JSDoc follows the line before it",
    {
      given: file("const a = 1;", {
        kind: StructureKind.TypeAlias,
        name: "K",
        isExported: true,
        docs: ["The kind."],
        type: '"a" | "b"',
      }),
      want: 'const a = 1;\n/** The kind. */\nexport type K = "a" | "b";\n',
    },
  ],
  [
    "an interface: blank line before, index signature first, JSDoc with tags",
    {
      given: file("const a = 1;", {
        kind: StructureKind.Interface,
        name: "Room",
        isExported: true,
        extends: ["Base"],
        properties: [
          {
            name: "id",
            type: "string",
            isReadonly: true,
            hasQuestionToken: true,
            docs: [{ description: "The id.", tags: [{ tagName: "format", text: "uuid" }, { tagName: "deprecated" }] }],
          },
          { name: '"x-y"', type: "number" },
        ],
        indexSignatures: [{ keyName: "key", keyType: "string", returnType: "unknown" }],
      }),
      want: [
        "const a = 1;",
        "",
        "export interface Room extends Base {",
        "  [key: string]: unknown;",
        "  /**",
        "   * The id.",
        "   * @format uuid",
        "   * @deprecated",
        "   */",
        "  readonly id?: string;",
        '  "x-y": number;',
        "}",
        "",
      ].join("\n"),
    },
  ],
  [
    "a function: parameters with a default and a question mark, statements in the body",
    {
      given: file({
        kind: StructureKind.Function,
        name: "f",
        isExported: true,
        returnType: "R",
        parameters: [
          { name: "a", type: "A" },
          { name: "b", type: "B", initializer: "{}" },
          { name: "c", type: "C", hasQuestionToken: true },
        ],
        statements: ["const x = a;", "return x;"],
      }),
      want: "export function f(a: A, b: B = {}, c?: C): R {\n  const x = a;\n  return x;\n}\n",
    },
  ],
  [
    "statements after a closing brace get a blank line",
    {
      given: file({ kind: StructureKind.Function, name: "f", statements: ["return;"] }, "f();"),
      want: "function f() {\n  return;\n}\n\nf();\n",
    },
  ],
  [
    "a class: property, constructor, methods, each after a blank line",
    {
      given: file({
        kind: StructureKind.Class,
        name: "Api",
        isExported: true,
        docs: ["One\n\nTwo"],
        properties: [{ name: "client", type: "Client", isReadonly: true, docs: ["The client."] }],
        ctors: [
          {
            parameters: [{ name: "client", type: "Client", initializer: "Client.instance" }],
            statements: ["this.client = client;"],
          },
        ],
        methods: [
          { kind: StructureKind.Method, name: "get", returnType: "P", statements: ["return get(this.client);"] },
          {
            kind: StructureKind.Method,
            name: "put",
            parameters: [{ name: "v", type: "V" }],
            statements: ["return put(this.client, v);"],
          },
        ],
      }),
      want: [
        "/**",
        " * One",
        " *",
        " * Two",
        " */",
        "export class Api {",
        "  /** The client. */",
        "  readonly client: Client;",
        "",
        "  constructor(client: Client = Client.instance) {",
        "    this.client = client;",
        "  }",
        "",
        "  get(): P {",
        "    return get(this.client);",
        "  }",
        "",
        "  put(v: V) {",
        "    return put(this.client, v);",
        "  }",
        "}",
        "",
      ].join("\n"),
    },
  ],
  [
    "a namespace of type aliases",
    {
      given: file({
        kind: StructureKind.Module,
        name: "Api",
        isExported: true,
        declarationKind: NAMESPACE_KIND,
        docs: ["Old names."],
        statements: [
          { kind: StructureKind.TypeAlias, name: "a", isExported: true, type: "A" },
          { kind: StructureKind.TypeAlias, name: "b", isExported: true, type: "B" },
        ],
      }),
      want: "/** Old names. */\nexport namespace Api {\n  export type a = A;\n  export type b = B;\n}\n",
    },
  ],
  [
    "a JSDoc of only a tag, and one whose text ends in a space",
    {
      given: file(
        { kind: StructureKind.TypeAlias, name: "A", docs: [{ tags: [{ tagName: "deprecated" }] }], type: "1" },
        { kind: StructureKind.TypeAlias, name: "B", docs: ["Ends in a space "], type: "2" },
      ),
      want: "/** @deprecated */\ntype A = 1;\n/** Ends in a space */\ntype B = 2;\n",
    },
  ],
];

describe("printSourceFile", () => {
  it.each(cases)("%s", (_, { given, want }) => {
    expect(printSourceFile(given)).toBe(want);
  });

  it("refuses a writer function, which it cannot print without ts-morph", () => {
    expect(() =>
      printSourceFile(file({ kind: StructureKind.TypeAlias, name: "A", type: (w) => w.write("B") })),
    ).toThrow("The structure printer takes text, not a writer function, for type A.");
  });
});
