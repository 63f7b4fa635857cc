/**
 * Naming rules shared by every IR builder: identifiers, type names, file names.
 *
 * The collision policy. A spec name that is not a usable TypeScript name is made one:
 * words are split on anything but letters and digits (any script; accents dropped), joined in
 * PascalCase for types and camelCase for operations, prefixed with `_` when they start with a
 * digit, and suffixed with `Operation` / `Param` when they are reserved words. Names are then
 * claimed in code-unit order of the spec names, case-insensitively (file names must not clash
 * on case-insensitive file systems), against the names the package already uses (runtime
 * types, globals such as `Date` and `Promise`): a taken name gets the first free suffix 2, 3, ...
 * Every rename is a `renamed-identifier` warning naming the spec name, the generated name and
 * what it clashed with; `--strict` makes them errors. Nothing is ever dropped.
 */

const RESERVED_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends " +
    "false finally for function if import in instanceof new null return super switch this throw " +
    "true try typeof var void while with as implements interface let package private protected " +
    "public static yield any boolean number string symbol object unknown never undefined await " +
    "async type of declare module namespace abstract readonly keyof infer is asserts satisfies"
  ).split(" "),
);

/** Names the generated package already uses at top level, or globals a model must not shadow. */
export const RUNTIME_NAMES: ReadonlySet<string> = new Set([
  "ApiClient",
  // The credentials type of a package whose client follows the spec's security schemes.
  "SecurityCredentials",
  "ApiError",
  "ApiPromise",
  "ApiResponse",
  "RequestOptions",
  "PageOptions",
  "RetryPolicy",
  "Array",
  "Blob",
  "Date",
  "Error",
  "Headers",
  "Map",
  "Object",
  "Promise",
  "Record",
  "Set",
  "String",
  "Number",
  "Boolean",
  "Symbol",
  "Response",
  "Request",
  "File",
  "FormData",
  "ReadonlyArray",
  "Partial",
  "Omit",
  "Required",
  "Readonly",
  "AbortSignal",
  "URL",
]);

export function isReservedWord(name: string): boolean {
  return RESERVED_WORDS.has(name);
}

/** True when `name` can be written bare as an identifier or property name (Unicode letters included). */
export function isIdentifier(name: string): boolean {
  return /^[\p{ID_Start}_$][\p{ID_Continue}$\u200C\u200D]*$/u.test(name);
}

/** Splits "get_chats-room.Messages 2" or "getChatsRoom" into words. */
function words(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
      // Letters of any script stay (TypeScript identifiers allow them); accents are dropped above.
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0)
  );
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "chat room" -> "ChatRoom"; keeps existing inner capitals ("ChatAPI" stays "ChatAPI"). */
export function toPascalCase(text: string): string {
  const result = words(text).map(capitalize).join("");
  return /^[0-9]/.test(result) || result === "" ? `_${result}` : result;
}

/** "get-chats room" -> "getChatsRoom". */
export function toCamelCase(text: string): string {
  if (isIdentifier(text)) return text;
  const pascal = toPascalCase(text);
  if (pascal.startsWith("_")) return pascal;
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** "ChatMessageEntityListing" -> "chat-message-entity-listing". */
export function toKebabCase(text: string): string {
  return words(text)
    .map((word) => word.toLowerCase())
    .join("-")
    .replace(/^$/, "unnamed");
}

/**
 * Hands out names that are unique case-insensitively (so file names never clash on
 * case-insensitive file systems), appending 2, 3, ... in the order names are claimed.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }

  claim(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}
