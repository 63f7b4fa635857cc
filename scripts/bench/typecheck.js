// Benchmark 3b: what the client costs a consumer's editor and CI. One small
// consumer file gets one room through ChatApi; `tsc --noEmit` (the repo's
// TypeScript) checks it against our package's types and against the official
// SDK's index.d.ts. Whole processes, wall time.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { officialSdk, ourBuiltEntry, ourPackageFolder, ourSourceEntry } from "./client-packages.js";
import { measureProcess } from "./measure-process.js";
import { pairedRatio, summarize } from "./stats.js";
import { freshTmpFolder, repoPackageVersion, repoRoot } from "./workspace.js";

/** Compiler options of both consumers: a strict modern project, libraries' .d.ts not re-checked. */
export const CONSUMER_OPTIONS = {
  strict: true,
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2022", "DOM"],
  types: [],
  skipLibCheck: true,
  noEmit: true,
};

/** @typedef {"ours" | "official-sdk" | "floor"} SubjectId */
/** @typedef {{ wall: number[], tscTotal: number[] }} Samples */
/**
 * One consumer project that tsc checks; `error` when it cannot be set up or checked.
 * @typedef {object} Subject
 * @property {SubjectId} id
 * @property {string} label
 * @property {string} [source]
 * @property {string} [folder]
 * @property {string} [error]
 * @property {ReturnType<typeof summarize>} [wall]
 * @property {ReturnType<typeof summarize>} [tscTotal]
 */

function consumerSource(importLine, makeChat) {
  return [
    importLine,
    makeChat,
    `const room = await chat.getChatsRoom("room@conference.example.com");`,
    `const name: string | undefined = room.name;`,
    `console.log(name);`,
    "",
  ].join("\n");
}

/**
 * Runs the type-check benchmark; returns { typescript, options, subjects, ratio, ratioAboveFloor }
 * where each subject has `wall` (whole process) and `tscTotal` (tsc's own "Total time") summaries.
 */
export async function benchTypecheck({ runs, log }) {
  const subjects = [await oursConsumer(), await officialSdkConsumer(), floorConsumer()];
  const samples = /** @type {Record<SubjectId, Samples>} */ (
    Object.fromEntries(
      subjects.map(({ id }) => [id, /** @type {Samples} */ ({ wall: [], tscTotal: [] })]),
    )
  );
  const active = () => subjects.filter((subject) => !subject.error);
  for (const subject of active()) await runTsc(subject); // warm-up
  for (let index = 0; index < runs; index++) {
    for (const subject of active()) {
      const result = await runTsc(subject);
      if (!result) continue;
      samples[subject.id].wall.push(result.wallMs);
      samples[subject.id].tscTotal.push(result.tscTotalMs);
    }
    log(`typecheck run ${index + 1}/${runs} done`);
  }
  for (const subject of subjects) {
    subject.wall = summarize(subject.error ? [] : samples[subject.id].wall);
    subject.tscTotal = summarize(subject.error ? [] : samples[subject.id].tscTotal);
  }
  return {
    typescript: repoPackageVersion("typescript"),
    options: CONSUMER_OPTIONS,
    subjects,
    ...ratios(samples, subjects),
  };
}

/**
 * `--extendedDiagnostics` adds tsc's own "Total time" (parse, bind, check; no Node start-up).
 * @param {Subject} subject
 */
async function runTsc(subject) {
  const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
  const result = await measureProcess({
    command: process.execPath,
    args: [tsc, "-p", subject.folder, "--extendedDiagnostics"],
    cwd: subject.folder,
  });
  if (!result.ok) {
    subject.error = result.error;
    return undefined;
  }
  const total = /^Total time:\s+([\d.]+)s$/m.exec(result.output);
  return { wallMs: result.wallMs, tscTotalMs: total ? Number(total[1]) * 1000 : Number.NaN };
}

// Ours / SDK, whole process; and the same for the declarations' own cost, i.e.
// each run's wall time minus that run's floor (tsc start-up and the lib files).
function ratios(samples, subjects) {
  if (subjects.slice(0, 2).some((subject) => subject.error))
    return { ratio: Number.NaN, ratioAboveFloor: Number.NaN };
  const { ours, "official-sdk": sdk, floor } = samples;
  const aboveFloor = (values) =>
    values.map((value, index) => value - (floor.wall[index] ?? Number.NaN));
  return {
    ratio: pairedRatio(ours.wall, sdk.wall),
    ratioAboveFloor: pairedRatio(aboveFloor(ours.wall), aboveFloor(sdk.wall)),
  };
}

/**
 * What any consumer pays: starting tsc and loading the default library files.
 * @returns {Subject}
 */
function floorConsumer() {
  const folder = freshTmpFolder("typecheck", "floor");
  writeConsumer(
    folder,
    `const name: string | undefined = "room";\nconsole.log(name);\nexport {};\n`,
  );
  return {
    id: "floor",
    label: "floor: tsc on a file with no imports",
    source: "lib.*.d.ts only",
    folder,
  };
}

/** @returns {Promise<Subject>} */
async function oursConsumer() {
  /** @type {Subject} */
  const subject = { id: "ours", label: "ChatApi (ours)" };
  const folder = freshTmpFolder("typecheck", "ours");
  let specifier;
  if (ourBuiltEntry()) {
    // Consume the built package the way users do: by name, through its exports and .d.ts files.
    mkdirSync(join(folder, "node_modules"), { recursive: true });
    symlinkSync(ourPackageFolder, join(folder, "node_modules", "genesys-cloud-chat-client"), "dir");
    specifier = "genesys-cloud-chat-client";
    subject.source = "package .d.ts (dist)";
  } else if (ourSourceEntry()) {
    specifier = join(ourPackageFolder, "src", "index.js");
    subject.source = "src/*.ts (package not built, so full sources are checked)";
  } else {
    return { ...subject, error: "generated/chat-client does not exist yet" };
  }
  const source = consumerSource(
    `import { ApiClient, ChatApi } from ${JSON.stringify(specifier)};`,
    `const chat = new ChatApi(new ApiClient({ basePath: "https://api.mypurecloud.com", accessToken: "t" }));`,
  );
  writeConsumer(folder, source);
  return { ...subject, folder };
}

/** @returns {Promise<Subject>} */
async function officialSdkConsumer() {
  const sdk = await officialSdk();
  /** @type {Subject} */
  const subject = {
    id: "official-sdk",
    label: `${sdk.name ?? "official SDK"} ${sdk.version ?? ""}`.trim(),
    source: "index.d.ts",
  };
  if (sdk.error) return { ...subject, error: sdk.error };
  const folder = join(sdk.folder, "bench-consumer");
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const source = consumerSource(
    `import platformClient from "purecloud-platform-client-v2";`,
    `platformClient.ApiClient.instance.setAccessToken("t");\nconst chat = new platformClient.ChatApi();`,
  );
  writeConsumer(folder, source);
  return { ...subject, folder };
}

function writeConsumer(folder, source) {
  writeFileSync(join(folder, "consumer.mts"), source);
  writeFileSync(
    join(folder, "tsconfig.json"),
    `${JSON.stringify({ compilerOptions: CONSUMER_OPTIONS, files: ["consumer.mts"] }, null, 2)}\n`,
  );
}
