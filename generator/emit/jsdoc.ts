/**
 * Turns spec text into JSDoc text that cannot end the comment early or start a tag by
 * accident. Spec text is data: it must never become code.
 */
export function docText(text: string): string {
  return (
    text
      .replace(/\r\n?|[\u2028\u2029]/g, "\n")
      .replace(/\*\//g, "*\\/")
      // "/*" cannot close the comment, but ts-morph and prettier treat it oddly beside "*/".
      .replace(/\/\*/g, "/\\*")
      // TypeScript starts a tag at any "@" after whitespace, not only at the start of a line.
      .replace(/(^|\s)@/g, "$1\\@")
      // Prettier drops spaces at the ends of comment lines.
      .replace(/[ \t]+$/gm, "")
      .trimEnd()
  );
}

/** Joins paragraphs, dropping empty ones, into one JSDoc description. */
export function paragraphs(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === "string" && p.length > 0).join("\n\n");
}
