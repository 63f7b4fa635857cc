/**
 * `text` with each lone surrogate (half of a UTF-16 pair, which a spec can spell as "\ud800")
 * replaced by U+FFFD. A lone surrogate has no UTF-8 form: encodeURIComponent throws
 * "URI malformed" on it, and a file written with one reads back with U+FFFD in its place.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
