import { isDeepStrictEqual } from "node:util";
import type { RecordedRequest } from "./recording-server.js";
import { undoQuirks, type QuirkContext } from "./tolerated-quirks.js";

export const CATEGORIES = [
  "missing method",
  "threw",
  "request count",
  "method",
  "path",
  "query",
  "headers",
  "body",
  "resolved value",
] as const;

export type MismatchCategory = (typeof CATEGORIES)[number];

/** One way our call differed from the SDK's. */
export interface Mismatch {
  readonly category: MismatchCategory;
  readonly detail: string;
}

/** What one call did: the requests it sent, and what it resolved or threw. */
export interface CallOutcome {
  readonly requests: readonly RecordedRequest[];
  readonly value: unknown;
  /** Set when the call threw or rejected. */
  readonly error: string | undefined;
}

const MAX_DETAIL = 240;

/** The differences between two calls, and the tolerated SDK quirks that were set aside. */
export interface Comparison {
  readonly mismatches: readonly Mismatch[];
  readonly tolerated: readonly string[];
}

/**
 * Compares our call with the SDK's part by part, after undoing the SDK's tolerated quirks;
 * no mismatches means the same request on the wire and the same resolved value.
 */
export function compareOutcomes(sdk: CallOutcome, ours: CallOutcome, context: QuirkContext): Comparison {
  const fail = (category: MismatchCategory, detail: string): Comparison => ({
    mismatches: [{ category, detail: clip(detail) }],
    tolerated: [],
  });
  // Refusing an empty path argument before sending anything is what both should do.
  const bothRefused = [sdk, ours].every(({ error, requests }) => error !== undefined && requests.length === 0);
  if (context.style === "empty path" && bothRefused) return { mismatches: [], tolerated: [] };
  if (sdk.error !== undefined || ours.error !== undefined) {
    return fail("threw", `sdk: ${ending(sdk)} | ours: ${ending(ours)}`);
  }
  const [sdkRequest] = sdk.requests;
  const [ourRequest] = ours.requests;
  if (sdk.requests.length !== 1 || ours.requests.length !== 1 || !sdkRequest || !ourRequest) {
    return fail("request count", `sdk sent ${sdk.requests.length}, ours ${ours.requests.length}`);
  }
  const { request, applied } = undoQuirks(sdkRequest, context);
  const mismatches = compareRequests(request, ourRequest);
  if (!isDeepStrictEqual(sdk.value, ours.value)) {
    mismatches.push({
      category: "resolved value",
      detail: clip(`sdk ${show(sdk.value)} | ours ${show(ours.value)}`),
    });
  }
  return { mismatches, tolerated: applied };
}

/** The differing parts of two requests, one mismatch per part. */
export function compareRequests(sdk: RecordedRequest, ours: RecordedRequest): Mismatch[] {
  const found: Mismatch[] = [];
  const add = (category: MismatchCategory, detail: string | undefined): void => {
    if (detail !== undefined) found.push({ category, detail: clip(detail) });
  };
  add("method", sdk.method === ours.method ? undefined : `sdk ${sdk.method} | ours ${ours.method}`);
  add("path", sdk.rawPath === ours.rawPath ? undefined : `sdk ${sdk.rawPath} | ours ${ours.rawPath}`);
  add("query", queryDifference(sdk.query, ours.query));
  add("headers", headerDifference(sdk.headers, ours.headers));
  add("body", sdk.body.equals(ours.body) ? undefined : `sdk ${showBody(sdk.body)} | ours ${showBody(ours.body)}`);
  return found;
}

/** How a call ended: its error, or what it sent before resolving. */
function ending({ error, requests }: CallOutcome): string {
  if (error !== undefined) return error;
  return `resolved, having sent ${requests.map((r) => `${r.method} ${r.rawPath}`).join(", ") || "nothing"}`;
}

type Pairs = RecordedRequest["query"];

function queryDifference(sdk: Pairs, ours: Pairs): string | undefined {
  if (isDeepStrictEqual(sdk, ours)) return undefined;
  const sorted = (pairs: Pairs): string[] => pairs.map((pair) => JSON.stringify(pair)).sort();
  const orderOnly = isDeepStrictEqual(sorted(sdk), sorted(ours)) ? "order only: " : "";
  return `${orderOnly}sdk ${showQuery(sdk)} | ours ${showQuery(ours)}`;
}

function showQuery(pairs: Pairs): string {
  if (pairs.length === 0) return "(none)";
  return pairs.map(([key, value]) => (value === null ? key : `${key}=${value}`)).join("&");
}

function headerDifference(
  sdk: Readonly<Record<string, string>>,
  ours: Readonly<Record<string, string>>,
): string | undefined {
  const names = [...new Set([...Object.keys(sdk), ...Object.keys(ours)])].sort();
  const differing = names
    .filter((name) => sdk[name] !== ours[name])
    .map((name) => `${name}: sdk ${sdk[name] ?? "(absent)"} / ours ${ours[name] ?? "(absent)"}`);
  return differing.length === 0 ? undefined : differing.join("; ");
}

function showBody(body: Buffer): string {
  return body.length === 0 ? "(empty)" : body.toString("utf8");
}

function show(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value instanceof ArrayBuffer) return `ArrayBuffer(${value.byteLength})`;
  return typeof value === "string" ? `string ${JSON.stringify(value)}` : `${typeof value} ${JSON.stringify(value)}`;
}

function clip(text: string): string {
  return text.length <= MAX_DETAIL ? text : `${text.slice(0, MAX_DETAIL)}…`;
}
