const OPENERS: Readonly<Record<string, string>> = { "(": ")", "[": "]", "{": "}", "<": ">" };

/**
 * Splits `text` at `separator` where it stands outside brackets and string literals:
 * `a, f(b, c), "d, e"` -> ["a", "f(b, c)", "\"d, e\""]. Arrow `=>` is not a bracket.
 */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  const closers: string[] = [];
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote !== undefined) {
      if (char === "\\") i++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'" || char === "`") quote = char;
    else if (char === ">" && text[i - 1] === "=") continue;
    else if (OPENERS[char] !== undefined) closers.push(OPENERS[char]!);
    else if (char === closers[closers.length - 1]) closers.pop();
    else if (closers.length === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i).trim());
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}
