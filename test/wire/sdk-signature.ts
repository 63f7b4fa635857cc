/** Where an argument of an official SDK method ends up on the wire. */
export type WireLocation = "path" | "query" | "header" | "body";

/** One argument of an SDK method: its name there, and the wire parameter it feeds. */
export interface SdkBinding {
  /** The positional parameter's name, or the key the SDK reads from `opts`. */
  readonly sdkName: string;
  readonly fromOpts: boolean;
  readonly location: WireLocation;
  /** The parameter's name on the wire ("body" for the body). */
  readonly wireName: string;
}

/** An SDK method's signature, read from its own source text. */
export interface SdkSignature {
  /** The positional parameters, in order, without the trailing `opts`. */
  readonly positional: readonly string[];
  readonly bindings: readonly SdkBinding[];
}

// callApi(path, method, pathParams, queryParams, headerParams, formParams, body, ...)
const CALL_API =
  /callApi\(\s*'[^']*',\s*'\w+',\s*\{([^}]*)\},\s*\{([^}]*)\},\s*\{([^}]*)\},\s*\{([^}]*)\},\s*([^,]+?)\s*,/;
// 'wireName': name  |  'wireName': opts['key']  |  'wireName': this.apiClient.buildCollectionParam(opts['key'], 'multi')
const ENTRY = /'([^']+)':\s*(?:this\.apiClient\.buildCollectionParam\()?(?:opts\['([^']+)'\]|([\w$]+))/g;

/**
 * Reads which SDK argument feeds which wire parameter from the method's source
 * (`Function.prototype.toString`), so the oracle owes nothing to the spec.
 */
export function readSdkSignature(method: (...args: never[]) => unknown): SdkSignature {
  const source = method.toString();
  const head = /^[\w$]+\s*\(([^)]*)\)/.exec(source);
  const call = CALL_API.exec(source);
  if (!head || !call) throw new Error(`Cannot read the SDK method ${source.slice(0, 80)}.`);
  const names = (head[1] ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.at(-1) !== "opts") throw new Error(`SDK method without opts: ${source.slice(0, 80)}.`);
  const [, pathParams = "", queryParams = "", headerParams = "", formParams = "", body = "null"] = call;
  if (formParams.trim() !== "") throw new Error(`SDK method with form parameters: ${source.slice(0, 80)}.`);
  const bindings = [
    ...readEntries(pathParams, "path"),
    ...readEntries(queryParams, "query"),
    ...readEntries(headerParams, "header"),
    ...readBody(body),
  ];
  return { positional: names.slice(0, -1), bindings };
}

function readEntries(text: string, location: WireLocation): SdkBinding[] {
  return [...text.matchAll(ENTRY)].map(([, wireName = "", optsKey, name]) => ({
    sdkName: optsKey ?? name ?? "",
    fromOpts: optsKey !== undefined,
    location,
    wireName,
  }));
}

function readBody(text: string): SdkBinding[] {
  if (text === "null") return [];
  const optsKey = /^opts\['([^']+)'\]$/.exec(text)?.[1];
  const sdkName = optsKey ?? text;
  return [{ sdkName, fromOpts: optsKey !== undefined, location: "body", wireName: "body" }];
}
