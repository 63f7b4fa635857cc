import type { FormatOptions } from "../print/format-options.js";
import { isObject } from "../lib/json.js";
import { ConfigError } from "./config-error.js";

/** What `chatgen.config.yaml` may set; every key is optional and flags override it. */
export interface ChatgenConfig {
  readonly spec?: string;
  readonly out?: string;
  readonly package?: { readonly name?: string; readonly version?: string };
  /** Only operations carrying one of these tags; "all" (or no key) keeps every operation. */
  readonly tags?: readonly string[] | "all";
  readonly format?: FormatOptions;
}

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === "string" && value.length > 0;
const isStringList: Check = (value) => Array.isArray(value) && value.every(isString);
const isTagSelection: Check = (value) => value === "all" || isStringList(value);
const isPositiveInteger: Check = (value) => Number.isInteger(value) && (value as number) > 0;

/** Each allowed key (dotted for nested ones), its check, and how the error describes what it wants. */
const KEYS: Readonly<Record<string, readonly [Check, string]>> = {
  spec: [isString, "a string"],
  out: [isString, "a string"],
  package: [isObject, "a mapping"],
  "package.name": [isString, "a string"],
  "package.version": [isString, "a string"],
  tags: [isTagSelection, 'a list of strings, or "all"'],
  format: [isObject, "a mapping"],
  "format.printWidth": [isPositiveInteger, "a positive integer"],
};

/**
 * Prettier options the config once accepted and ignored. The generated package is an artifact:
 * it follows prettier's defaults at the given printWidth, and a project that wants another
 * style runs its own formatter over it. Naming them apart gives a clearer error than "unknown".
 */
const STYLE_KEYS = new Set(["format.singleQuote", "format.semi", "format.trailingComma", "format.tabWidth"]);

/**
 * Checks a parsed config against the allowed keys and types. Throws a ConfigError naming
 * the file and the first bad key: `chatgen.config.yaml: "out" must be a string.`
 */
export function checkConfig(value: unknown, file: string): ChatgenConfig {
  if (value === null || value === undefined) return {};
  if (!isObject(value)) throw new ConfigError(`${file}: the config must be a mapping of keys to values.`);
  checkKeys(value, "", file);
  return value as ChatgenConfig;
}

function checkKeys(object: Record<string, unknown>, prefix: string, file: string): void {
  for (const [key, child] of Object.entries(object)) {
    const path = `${prefix}${key}`;
    const rule = KEYS[path];
    if (STYLE_KEYS.has(path)) {
      throw new ConfigError(
        `${file}: "${path}" is not an option: the output follows prettier's defaults at the given ` +
          "format.printWidth (run your own formatter over the package for another style).",
      );
    }
    if (!rule) throw new ConfigError(`${file}: unknown key "${path}"; allowed keys: ${allowedUnder(prefix)}.`);
    const [check, wanted] = rule;
    if (!check(child)) throw new ConfigError(`${file}: "${path}" must be ${wanted}.`);
    if (isObject(child)) checkKeys(child, `${path}.`, file);
  }
}

function allowedUnder(prefix: string): string {
  const depth = prefix.split(".").length;
  return Object.keys(KEYS)
    .filter((key) => key.startsWith(prefix) && key.split(".").length === depth)
    .map((key) => key.slice(prefix.length))
    .join(", ");
}
