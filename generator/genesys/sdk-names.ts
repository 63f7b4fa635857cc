/**
 * How the official JavaScript SDK (purecloud-platform-client-v2) names an optional parameter in
 * `opts`: the wire name in camelCase with the punctuation dropped (`If-Match` -> `ifMatch`,
 * `supportedContent.id` -> `supportedContentId`, `phone_hardwareId` -> `phoneHardwareId`), and
 * `_` before a reserved word (`delete` -> `_delete`, `number` -> `_number`). Code written for the
 * SDK then sends the same parameters through our client.
 */
export function sdkOptionKey(wireName: string): string {
  const words = wireName.split(/[^A-Za-z0-9]+/).filter((word) => word !== "");
  if (words.length === 0) return wireName;
  const camel = words
    .map((word, i) => (i === 0 ? word.charAt(0).toLowerCase() : word.charAt(0).toUpperCase()) + word.slice(1))
    .join("");
  return SDK_RESERVED_WORDS.has(camel) ? `_${camel}` : camel;
}

/**
 * The words the SDK's code generator prefixes: JavaScript's reserved words and TypeScript's
 * primitive type names (the SDK 262.0.0 renames `delete` and `number`; `name`, `type` and
 * `date` it leaves alone).
 */
const SDK_RESERVED_WORDS = new Set(
  (
    "abstract arguments await boolean break byte case catch char class const continue debugger default " +
    "delete do double else enum eval export extends false final finally float for function goto if " +
    "implements import in instanceof int interface let long native new null number package private " +
    "protected public return short static string super switch synchronized this throw throws transient " +
    "true try typeof var void volatile while with yield"
  ).split(" "),
);
