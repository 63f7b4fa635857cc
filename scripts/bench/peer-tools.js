// The two generators the peer-suite run compares, each run on one spec into a fresh temp
// folder and its output type-checked under `strict`: ours (`chatgen generate`, then `tsc`
// on the generated package) and openapi-typescript (one .d.ts, then `tsc` on that file).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCapped } from "./capped-process.js";
import { redactPaths, repoRoot } from "./workspace.js";

const TSC = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
const CHATGEN = join(repoRoot, "bin", "chatgen.js");
const OPENAPI_TYPESCRIPT = join(repoRoot, "node_modules", "openapi-typescript", "bin", "cli.js");
const FIRST_LINES = 5;

/** @typedef {"ok" | "tsc-errors" | "refused" | "crash" | "timeout"} Status */

/**
 * @typedef {object} ToolResult
 * @property {Status} status
 * @property {"generate" | "typecheck"} [stage]  where a crash or timeout happened
 * @property {boolean} [outOfMemory]
 * @property {number} [peakMiB]        resident memory at its highest, for a crash or timeout
 * @property {number} generateMs
 * @property {number} [typecheckMs]
 * @property {string[]} [codes]        diagnostic codes (refused) or TS codes (tsc-errors), unique
 * @property {number} [errorCount]     tsc errors, or our error diagnostics
 * @property {string[]} [first]        the first error lines
 * @property {string} [stderrTail]     the end of stderr, for a crash
 */

/**
 * @typedef {object} Tool
 * @property {string} id
 * @property {(options: { spec: string, work: string, limits: Limits }) => Promise<ToolResult>} run
 */

/** @typedef {{ timeoutMs: number, memoryMiB: number }} Limits */

/** @type {Tool} */
export const ours = {
  id: "ours",
  async run({ spec, work, limits }) {
    const out = join(work, "out");
    // cwd is the empty work folder, so no chatgen.config.yaml is picked up.
    const args = ["generate", "--spec", spec, "--out", out, "--quiet"];
    const generated = await runCapped({ script: CHATGEN, args, cwd: work, ...limits });
    const generateMs = Math.round(generated.wallMs);
    if (generated.code === 2) return { ...refusedByOurs(generated.stderr), generateMs };
    if (generated.code !== 0) return { ...failed(generated, "generate"), generateMs };
    const tsconfig = join(out, "tsconfig.json");
    return { ...(await typecheck({ tsconfig, cwd: out, limits })), generateMs };
  },
};

/** @type {Tool} */
export const openapiTypescript = {
  id: "openapi-typescript",
  async run({ spec, work, limits }) {
    const output = join(work, "schema.d.ts");
    // cwd is the empty work folder, so no redocly.yaml of the repo or the suite is picked up.
    const args = [spec, "--output", output];
    const generated = await runCapped({ script: OPENAPI_TYPESCRIPT, args, cwd: work, ...limits });
    const generateMs = Math.round(generated.wallMs);
    if (generated.code !== 0) return { ...failedOpenapiTypescript(generated), generateMs };
    const tsconfig = join(work, "tsconfig.json");
    writeFileSync(tsconfig, JSON.stringify(declarationConfig(["schema.d.ts"]), null, 2));
    return { ...(await typecheck({ tsconfig, cwd: work, limits })), generateMs };
  },
};

/**
 * Runs a tool on one spec (a path under `specsFolder`) in a fresh temp folder, removed
 * afterwards. Paths in the messages are made relative: the spec's to the specs folder,
 * the output's to `$OUT`.
 * @param {{ tool: Tool, specsFolder: string, spec: string, limits: Limits }} options
 * @returns {Promise<ToolResult>}
 */
export async function runTool({ tool, specsFolder, spec, limits }) {
  const work = mkdtempSync(join(tmpdir(), `chatgen-peer-${tool.id}-`));
  try {
    const result = await tool.run({ spec: join(specsFolder, spec), work, limits });
    /** @param {string} text */
    const relativeText = (text) =>
      redactPaths(text.split(`${specsFolder}/`).join("").split(work).join("$OUT"));
    return JSON.parse(JSON.stringify(result), (_key, value) =>
      typeof value === "string" ? relativeText(value) : value,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * A strict project of declaration files, checked themselves (`skipLibCheck` off).
 * @param {string[]} files
 */
function declarationConfig(files) {
  return {
    compilerOptions: {
      strict: true,
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      lib: ["ES2022", "DOM"],
      types: [],
      skipLibCheck: false,
      noEmit: true,
    },
    files,
  };
}

/**
 * `tsc -p` under `--strict`, with no output written.
 * @param {{ tsconfig: string, cwd: string, limits: Limits }} options
 * @returns {Promise<Omit<ToolResult, "generateMs">>}
 */
async function typecheck({ tsconfig, cwd, limits }) {
  const args = ["-p", tsconfig, "--noEmit", "--strict", "--pretty", "false"];
  const checked = await runCapped({ script: TSC, args, cwd, ...limits });
  const typecheckMs = Math.round(checked.wallMs);
  if (checked.timedOut || checked.outOfMemory)
    return { ...failed(checked, "typecheck"), typecheckMs };
  if (checked.code === 0) return { status: "ok", typecheckMs };
  const errors = tscErrors(checked.stdout);
  if (errors.length === 0) return { ...failed(checked, "typecheck"), typecheckMs };
  return {
    status: "tsc-errors",
    typecheckMs,
    errorCount: errors.length,
    codes: unique(errors.map((error) => /error (TS\d+):/.exec(error)?.[1] ?? "")),
    first: errors.slice(0, FIRST_LINES),
  };
}

/**
 * tsc's errors, each with its elaboration (the indented lines that say which property and
 * which types disagree), at most three of those lines an error.
 * @param {string} stdout
 * @returns {string[]}
 */
function tscErrors(stdout) {
  /** @type {string[][]} */
  const errors = [];
  for (const line of stdout.split("\n")) {
    if (/\): error TS\d+:/.test(line)) errors.push([line]);
    else if (/^\s+\S/.test(line) && errors.length > 0) errors.at(-1)?.push(line.trim());
  }
  return errors.map((lines) => lines.slice(0, 4).join(" / "));
}

/**
 * Exit code 2: our located diagnostics, `file:line:col: error code at #/pointer: sentence`.
 * @param {string} stderr
 * @returns {Omit<ToolResult, "generateMs">}
 */
function refusedByOurs(stderr) {
  const lines = stderr.split("\n").filter(Boolean);
  const errors = lines.filter((line) => /: error [\w-]+ at /.test(line));
  return {
    status: "refused",
    errorCount: errors.length,
    codes: unique(errors.map((line) => /: error ([\w-]+) at /.exec(line)?.[1] ?? "")),
    first: (errors.length > 0 ? errors : lines).slice(0, FIRST_LINES),
  };
}

/**
 * openapi-typescript exits 1 both when it rejects a spec (an Error it throws on purpose)
 * and when it fails on one; a JavaScript runtime error in its stack trace marks the latter.
 * @param {import("./capped-process.js").CappedResult} result
 * @returns {Omit<ToolResult, "generateMs">}
 */
function failedOpenapiTypescript(result) {
  if (result.timedOut || result.outOfMemory || result.code !== 1) return failed(result, "generate");
  const runtimeError = /^(TypeError|RangeError|ReferenceError|InternalError)\b/m;
  if (runtimeError.test(result.stderr)) return failed(result, "generate");
  const lines = stripColours(result.stderr)
    .split("\n")
    .map((line) => line.trim());
  // An uncaught Error prints its source line and a caret before the message: message first.
  const message = lines.filter((line) => line && !/^at /.test(line) && line !== "^");
  message.sort((a, b) => Number(/^\w*Error: /.test(b)) - Number(/^\w*Error: /.test(a)));
  return { status: "refused", first: message.slice(0, FIRST_LINES) };
}

/**
 * A crash (any other exit, or out of memory) or a timeout.
 * @param {import("./capped-process.js").CappedResult} result
 * @param {"generate" | "typecheck"} stage
 * @returns {Omit<ToolResult, "generateMs">}
 */
function failed(result, stage) {
  /** @type {Status} */
  const status = result.timedOut ? "timeout" : "crash";
  const tail = stripColours(result.stderr || result.stdout)
    .trimEnd()
    .split("\n")
    .slice(-12);
  const exit = result.signal ? `signal ${result.signal}` : `exit code ${result.code}`;
  return {
    status,
    stage,
    ...(result.outOfMemory ? { outOfMemory: true } : {}),
    peakMiB: result.peakMiB,
    stderrTail: [`(${exit})`, ...tail].join("\n"),
  };
}

/** @param {string} text */
function stripColours(text) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes, which start with ESC.
  return text.replace(/\u001b\[[0-9;]*m/g, "");
}

/** @param {string[]} values */
function unique(values) {
  return [...new Set(values)];
}
