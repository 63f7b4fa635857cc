import type { ApiDef } from "../ir/types.js";
import type { EmittedFile } from "./emitted-file.js";

export interface PackageInfo {
  readonly name: string;
  readonly version: string;
}

// Double quotes outside, single inside: the one quoting that both sh and Windows cmd pass through intact.
const CJS_MARKER = `"require('node:fs').writeFileSync('dist/cjs/package.json', JSON.stringify({ type: 'commonjs' }) + '\\n')"`;

// Stale output from a removed model would otherwise be packed and published.
const CLEAN_DIST = `"require('node:fs').rmSync('dist', { recursive: true, force: true })"`;

/** package.json, the two tsconfig files (ESM and CommonJS builds) and the LICENSE. */
export function packageFiles(api: ApiDef, info: PackageInfo): EmittedFile[] {
  return [
    { path: "package.json", text: json(packageJson(api, info)) },
    { path: "tsconfig.json", text: json(tsconfig()) },
    { path: "tsconfig.cjs.json", text: json(tsconfigCjs()) },
    { path: "LICENSE", text: LICENSE },
  ];
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function packageJson(api: ApiDef, info: PackageInfo) {
  const classes = api.resources.map((r) => r.className).join(", ");
  return {
    name: info.name,
    version: info.version,
    description: `Typed TypeScript client for the ${api.title} (${classes}).`,
    license: "MIT",
    type: "module",
    sideEffects: false,
    engines: { node: ">=18" },
    main: "./dist/cjs/index.js",
    module: "./dist/esm/index.js",
    types: "./dist/cjs/index.d.ts",
    exports: {
      ".": {
        import: { types: "./dist/esm/index.d.ts", default: "./dist/esm/index.js" },
        require: { types: "./dist/cjs/index.d.ts", default: "./dist/cjs/index.js" },
      },
      "./package.json": "./package.json",
    },
    files: ["dist", "docs", "README.md", "LICENSE"],
    scripts: {
      build: `node -e ${CLEAN_DIST} && tsc -p tsconfig.json && tsc -p tsconfig.cjs.json && node -e ${CJS_MARKER}`,
      typecheck: "tsc -p tsconfig.json --noEmit",
    },
    devDependencies: { typescript: "~5.9.3" },
  };
}

function tsconfig() {
  return {
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      lib: ["ES2022", "DOM"],
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: false,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      declaration: true,
      rootDir: "src",
      outDir: "dist/esm",
      skipLibCheck: true,
    },
    include: ["src"],
  };
}

function tsconfigCjs() {
  return {
    extends: "./tsconfig.json",
    compilerOptions: {
      module: "CommonJS",
      moduleResolution: "Node10",
      verbatimModuleSyntax: false,
      outDir: "dist/cjs",
    },
  };
}

const LICENSE = `MIT License

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`;
