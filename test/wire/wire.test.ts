import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { platformPackage } from "../helpers/platform-package.js";
import type { MismatchCategory } from "./compare-exchange.js";
import { editBundle, bundleClient, loadGenerated, type BundleEdit, type GeneratedBuild } from "./generated-client.js";
import { loadPlatformSpec, type SpecOperation } from "./platform-spec.js";
import { startRecordingServer, type RecordingServer } from "./recording-server.js";
import { runAll, writeReport } from "./run-all.js";
import { runCase, type CaseResult, type WireContext } from "./run-operations.js";
import type { ValueStyle } from "./sample-values.js";
import { loadSdk } from "./sdk-client.js";
import { classDifferences, formatProblems, missingByTag, type ReachabilityProblem } from "./tag-reachability.js";
import { emptyPathSample, variantSample } from "./variant-sample.js";
import { failingCases, formatSummary } from "./wire-summary.js";

// The whole Platform API, rebuilt from the SDK package it is compared with.
const SPEC = join("test", "fixtures", "upstream", "genesys-platform.swagger.json");
const REPORT = join("test", ".tmp", "wire", "report.json");
const SDK_VERSION = "262.0.0";
const OPERATION_COUNT = 3315;
const MULTI_TAG_COUNT = 152;
const SETUP_TIMEOUT = 600_000;

const spec = loadPlatformSpec(SPEC);
const results: CaseResult[] = [];
const reachability: ReachabilityProblem[] = [];
let server: RecordingServer;
let build: GeneratedBuild;
let context: WireContext;

beforeAll(async () => {
  server = await startRecordingServer();
  build = await bundleClient(await platformPackage());
  context = {
    spec,
    server,
    sdk: loadSdk(server.url),
    ours: loadGenerated(build.bundle, server.url),
  };
}, SETUP_TIMEOUT);

afterAll(async () => {
  await writeReport(REPORT, { results, reachability });
  await server?.close();
  await build?.remove();
});

const categoriesOf = (result: CaseResult): MismatchCategory[] => result.mismatches.map((mismatch) => mismatch.category);

describe(`our generated client and purecloud-platform-client-v2@${SDK_VERSION} on the wire`, () => {
  it("compares against the pinned SDK, over every operation of the spec", () => {
    const sdkPackage = createRequire(import.meta.url)("purecloud-platform-client-v2/package.json") as {
      version: string;
    };
    expect(sdkPackage.version).toBe(SDK_VERSION);
    expect(spec.operations).toHaveLength(OPERATION_COUNT);
  });

  const sample = variantSample(spec.operations);
  const passes: [ValueStyle, string, readonly SpecOperation[]][] = [
    ["distinct", "every operation, each argument a distinct value", spec.operations],
    ["null", "one sample per kind of optional parameter, all of them null", sample],
    ["falsy", 'the same sample, optional parameters false, 0, "" or []', sample],
    ["empty path", "one operation per tag, its path arguments empty", emptyPathSample(spec.operations)],
  ];
  it.each(passes)(
    "calls like the SDK (%s: %s)",
    async (style, _what, operations) => {
      const styleResults = await runAll(context, operations, style);
      results.push(...styleResults);
      expect(styleResults).toHaveLength(operations.length);
      const summary = `\n${formatSummary(styleResults)}\n(every call: ${REPORT})\n`;
      expect(failingCases(styleResults).length, summary).toBe(0);
    },
    SETUP_TIMEOUT,
  );
});

describe("operations with several tags", () => {
  it(`lists ${MULTI_TAG_COUNT} operations under two or three tags`, () => {
    expect(spec.operations.filter((op) => op.tags.length > 1)).toHaveLength(MULTI_TAG_COUNT);
  });

  it("has every operation on the class of each of its tags", () => {
    const problems = missingByTag(spec.operations, context.sdk.classes, context.ours.classes);
    reachability.push(...problems);
    expect(problems.filter((problem) => problem.problem === "not in the SDK")).toEqual([]);
    expect(problems.length, formatProblems(problems)).toBe(0);
  });

  it("has on each class the same operations as the SDK's class of that name, seen from both sides", () => {
    const operationIds = new Set(spec.operations.map((op) => op.operationId));
    const problems = classDifferences(operationIds, context.sdk.classes, context.ours.classes);
    reachability.push(...problems);
    expect(problems.length, formatProblems(problems)).toBe(0);
  });
});

interface Plant {
  readonly part: string;
  readonly category: MismatchCategory;
  readonly edit: BundleEdit;
}

// One character changed in the generated code; each must show as a mismatch of its part.
const PLANTS: Plant[] = [
  {
    part: "path",
    category: "path",
    edit: { operationId: "getChatsRoomMessages", find: '/messages"', replace: '/messagez"' },
  },
  {
    part: "query key",
    category: "query",
    edit: {
      operationId: "getChatsRoomMessages",
      find: "excludeMetadata:",
      replace: "excludeMetadatA:",
    },
  },
  {
    part: "body field",
    category: "body",
    edit: {
      operationId: "postAlertingAlertsQuery",
      find: "body: opts.body",
      replace: "body: opts.bodY",
    },
  },
];

describe("the suite catches a planted mistake", () => {
  const operation = (operationId: string): SpecOperation => {
    const found = spec.operations.find((op) => op.operationId === operationId);
    if (!found) throw new Error(`No operation ${operationId}.`);
    return found;
  };

  it.each(PLANTS.map((plant) => [plant.part, plant] as const))(
    "in a %s",
    async (_part, plant) => {
      const op = operation(plant.edit.operationId);
      expect(categoriesOf(await runCase(context, op, "distinct"))).toEqual([]);
      const edited = await editBundle(build.bundle, plant.part.replace(/\W/g, "-"), plant.edit);
      const ours = loadGenerated(edited, server.url);
      expect(categoriesOf(await runCase({ ...context, ours }, op, "distinct"))).toContain(plant.category);
    },
    SETUP_TIMEOUT,
  );
});
