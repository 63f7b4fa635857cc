import type { RecordedRequest } from "./recording-server.js";
import type { ValueStyle } from "./sample-values.js";

/** What a quirk may need to know about the call beside the two requests. */
export interface QuirkContext {
  readonly style: ValueStyle;
  /** Wire names of the operation's array query parameters. */
  readonly arrayQueryKeys: ReadonlySet<string>;
  /** Whether the call passed a body other than null or undefined. */
  readonly bodyGiven: boolean;
}

/**
 * An SDK behaviour we take for a bug, not a contract: our client need not copy it.
 * `apply` returns the SDK's request as it would be without the bug, or undefined when the
 * quirk did not show in this request. Each one is pinned by sdk-quirks.test.ts.
 */
export interface Quirk {
  readonly name: string;
  apply(sdk: RecordedRequest, context: QuirkContext): RecordedRequest | undefined;
}

export const QUIRKS: readonly Quirk[] = [
  {
    // callApi sets Content-Type on every request, GET and DELETE included.
    name: "Content-Type without a body",
    apply: (sdk, { bodyGiven }) => {
      if (bodyGiven || sdk.body.length > 0 || sdk.headers["content-type"] === undefined) return undefined;
      const { "content-type": _dropped, ...headers } = sdk.headers;
      return { ...sdk, headers };
    },
  },
  {
    // serialize() skips only undefined: paramToString(null) is "", so null goes out as "key=".
    name: "null query value sent as key=",
    apply: (sdk, { style }) => (style === "null" ? withoutPairs(sdk, (_key, value) => value === "") : undefined),
  },
  {
    // normalizeParams() maps null to "" too, and an empty header goes out.
    name: "null header value sent empty",
    apply: (sdk, { style }) => {
      if (style !== "null") return undefined;
      const headers = Object.fromEntries(Object.entries(sdk.headers).filter(([, value]) => value !== ""));
      return Object.keys(headers).length === Object.keys(sdk.headers).length ? undefined : { ...sdk, headers };
    },
  },
  {
    // An empty array passes the `!param` test and joins to "": "key=" where nothing was asked for.
    name: "empty array sent as key=",
    apply: (sdk, { style, arrayQueryKeys }) =>
      style === "falsy" ? withoutPairs(sdk, (key, value) => value === "" && arrayQueryKeys.has(key)) : undefined,
  },
];

function withoutPairs(
  sdk: RecordedRequest,
  drop: (key: string, value: string | null) => boolean,
): RecordedRequest | undefined {
  const query = sdk.query.filter(([key, value]) => !drop(key, value));
  return query.length === sdk.query.length ? undefined : { ...sdk, query };
}

/** The SDK request with every quirk that showed undone, and the names of those quirks. */
export function undoQuirks(
  sdk: RecordedRequest,
  context: QuirkContext,
): { request: RecordedRequest; applied: string[] } {
  let request = sdk;
  const applied: string[] = [];
  for (const quirk of QUIRKS) {
    const fixed = quirk.apply(request, context);
    if (fixed) {
      request = fixed;
      applied.push(quirk.name);
    }
  }
  return { request, applied };
}
