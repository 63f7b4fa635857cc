import { SHAPES } from "./line-shapes.js";
import { isHuggedUnion, isPlainReference } from "./type-layout.js";

/**
 * Breaks the long lines of the printer's output (and of the docs' TypeScript examples) the
 * way prettier does, for the shapes the emitters produce: import/export lists, union and
 * intersection types, signatures, calls, object and array literals (line-shapes.ts). A line
 * that a shape breaks into lines still too long is broken again.
 * Returns undefined when a long line has another shape; the caller then runs prettier on it.
 */
export function breakLongLines(text: string, width: number): string | undefined {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const broken = fits(line, width) ? [line] : breakLine(line, width);
    if (broken === undefined) return undefined;
    out.push(...broken);
  }
  return out.join("\n");
}

/** A line that may stay: within the width, or one prettier leaves long too. */
function fits(line: string, width: number): boolean {
  return line.length <= width || isComment(line) || isUnbreakable(line) || isLongString(line);
}

function isComment(line: string): boolean {
  return /^\s*(\/\/|\/\*|\*)/.test(line);
}

function breakLine(line: string, width: number, depth = 0): string[] | undefined {
  for (const [pattern, breaker] of SHAPES) {
    const match = pattern.exec(line);
    if (!match) continue;
    const lines = breaker(match, width);
    // Not this shape after all (a breaker looks closer than its pattern): try the next one.
    if (lines === undefined) continue;
    const out: string[] = [];
    for (const part of lines) {
      // The line itself is a line prettier leaves long; a part still too long is broken by its
      // own shape (an object inside an object...).
      const again =
        fits(part, width) || part === line ? [part] : depth < 20 ? breakLine(part, width, depth + 1) : undefined;
      if (again === undefined) return undefined;
      out.push(...again);
    }
    return out;
  }
  return undefined;
}

/** A line prettier leaves long too: one name, string or member of a single type name. */
function isUnbreakable(line: string): boolean {
  const core = line
    .trim()
    .replace(/^\| /, "")
    .replace(/(;|,| &)$/, "");
  const property = /^(?:readonly )?(?:[\w$]+|"(?:[^"\\]|\\.)*"|\[key: string\])\??: (.+)$/.exec(core);
  if (isHuggedUnion(property?.[1] ?? core)) return true;
  // A call or signature opened after a name too long for the line: nothing before `(` can break.
  if (/^(?:return |await |(?:export )?(?:async )?function\*? )?[\w$.]+(?:<[\w$.]+>)?\($/.test(core)) return true;
  if (/^(?:return |await )?[\w$.]+\(\)$/.test(core) || /^import \* as [\w$]+ from "[^"]*"$/.test(core)) return true;
  // A parameter whose type is a long name, with a default; a declaration whose type is one.
  if (/^[\w$]+\??: [\w$.]+(?:\[\])* = (?:\{\}|[\w$.]+)$/.test(core) || /^(?:const|let) [\w$]+: [\w$.]+ =$/.test(core))
    return true;
  return (
    isPlainReference(core) ||
    /^"(?:[^"\\]|\\.)*"$/.test(core) ||
    /^export type [\w$]+ =$/.test(core) ||
    /^(?:import|export)(?: type)? \{ [\w$]+ \} from "[^"]*"$/.test(core) ||
    /^(?:readonly )?(?:[\w$]+|"(?:[^"\\]|\\.)*"|\[key: string\])\??: [\w$.]+(\[\])*$/.test(core)
  );
}

/** A string literal on a line of its own, or beside a short key: prettier leaves it long. */
function isLongString(line: string): boolean {
  const match =
    /^\s*(?:((?:[\w$]+|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'):) )?("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'),?$/.exec(line);
  return match !== null && (match[1] === undefined || match[1].length - 1 < 5);
}
