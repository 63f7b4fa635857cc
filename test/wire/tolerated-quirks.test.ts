import { describe, expect, it } from "vitest";
import { compareOutcomes, type CallOutcome } from "./compare-exchange.js";
import type { RecordedRequest } from "./recording-server.js";
import type { QuirkContext } from "./tolerated-quirks.js";

// The tolerated quirks must stay narrow: each one excuses exactly the SDK bug it names.

function request(overrides: Partial<RecordedRequest> = {}): RecordedRequest {
  return {
    method: "GET",
    rawPath: "/api/v2/things",
    segments: ["", "api", "v2", "things"],
    query: [],
    headers: { accept: "application/json", authorization: "Bearer t" },
    body: Buffer.alloc(0),
    ...overrides,
  };
}

const outcome = (sent: RecordedRequest): CallOutcome => ({
  requests: [sent],
  value: undefined,
  error: undefined,
});

const context = (overrides: Partial<QuirkContext> = {}): QuirkContext => ({
  style: "distinct",
  arrayQueryKeys: new Set(["ids"]),
  bodyGiven: false,
  ...overrides,
});

const json = {
  accept: "application/json",
  authorization: "Bearer t",
  "content-type": "application/json",
};
const jsonBody = Buffer.from("{}");

const cases: [string, { sdk: RecordedRequest; ours: RecordedRequest; context: QuirkContext; want: string[] }][] = [
  [
    "Content-Type on a bodiless call is excused",
    { sdk: request({ headers: json }), ours: request(), context: context(), want: [] },
  ],
  [
    "but not when the call passed a body",
    {
      sdk: request({ headers: json }),
      ours: request(),
      context: context({ bodyGiven: true }),
      want: ["headers"],
    },
  ],
  [
    "nor our Content-Type without the SDK's",
    { sdk: request(), ours: request({ headers: json }), context: context(), want: ["headers"] },
  ],
  [
    "a body is always compared",
    {
      sdk: request({ headers: json, body: jsonBody }),
      ours: request({ headers: json }),
      context: context(),
      want: ["body"],
    },
  ],
  [
    "key= for null is excused in the null pass",
    {
      sdk: request({ query: [["limit", ""]] }),
      ours: request(),
      context: context({ style: "null" }),
      want: [],
    },
  ],
  [
    'but not in the falsy pass, where "" is a value',
    {
      sdk: request({ query: [["limit", ""]] }),
      ours: request(),
      context: context({ style: "falsy" }),
      want: ["query"],
    },
  ],
  [
    "key= for [] is excused for an array parameter",
    {
      sdk: request({ query: [["ids", ""]] }),
      ours: request(),
      context: context({ style: "falsy" }),
      want: [],
    },
  ],
  [
    "a comma-joined array is not excused",
    {
      sdk: request({ query: [["ids", "a,b"]] }),
      ours: request({
        query: [
          ["ids", "a"],
          ["ids", "b"],
        ],
      }),
      context: context(),
      want: ["query"],
    },
  ],
  [
    "an empty header for null is excused in the null pass",
    {
      sdk: request({ headers: { ...request().headers, "if-match": "" } }),
      ours: request(),
      context: context({ style: "null" }),
      want: [],
    },
  ],
  [
    "but not in another pass",
    {
      sdk: request({ headers: { ...request().headers, "if-match": "" } }),
      ours: request(),
      context: context(),
      want: ["headers"],
    },
  ],
];

describe("comparing two requests", () => {
  it.each(cases)("%s", (_name, { sdk, ours, context: quirks, want }) => {
    const { mismatches } = compareOutcomes(outcome(sdk), outcome(ours), quirks);
    expect(mismatches.map((mismatch) => mismatch.category)).toEqual(want);
  });
});
