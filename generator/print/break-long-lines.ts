import { splitTopLevel } from "./split-top-level.js";

/**
 * Breaks the long lines of ts-morph's output the way prettier does, for the few shapes the
 * emitters produce: import/export lists, union types, signatures, calls and object literals.
 * Returns undefined when a long line has another shape; the caller then runs prettier on
 * the file. (Running prettier on every file costs more than the rest of generation.)
 */
export function breakLongLines(text: string, width: number): string | undefined {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const broken = line.length <= width || isComment(line) ? [line] : breakLine(line, width);
    if (broken === undefined) return undefined;
    out.push(...broken);
  }
  return out.join("\n");
}

function isComment(line: string): boolean {
  return /^\s*(\/\/|\/\*|\*)/.test(line);
}

type Breaker = (match: RegExpExecArray, width: number) => string[] | undefined;

const SHAPES: [RegExp, Breaker][] = [
  // import type { A, B } from "./x.js";  export { A } from "./x.js";
  [/^(\s*)((?:import|export)(?: type)? )\{ (.+) \}( from "[^"]*";)$/, ([, indent, head, names, tail]) =>
    list(`${indent}${head}{`, splitTopLevel(names!, ","), `${indent}}${tail}`, indent!)],
  // export type X = A | B;
  [/^(\s*)(export type [\w$]+(?:<[^=]*>)? =) (.+);$/, ([, indent, head, type]) => union(`${indent}${head}`, type!, indent!)],
  // name?: A | B;  (interface members)
  [/^(\s*)((?:readonly )?(?:[\w$]+|"(?:[^"\\]|\\.)*")\??:) (.+);$/, ([, indent, head, type]) =>
    union(`${indent}${head}`, type!, indent!)],
  // export function f(a: A, b: B): R {   and class methods
  [/^(\s*)((?:export )?(?:async )?(?:function\*? )?[\w$]+(?:<[^(]*>)?)\((.+)\)(: .+)? \{$/, ([, indent, head, params, ret]) =>
    list(`${indent}${head}(`, splitTopLevel(params!, ","), `${indent})${ret ?? ""} {`, indent!)],
  // f({ a, b });  const x = new F({ a, b });  (a lone object argument is hugged)
  [/^(\s*)((?:(?:const|let) [\w$]+ = )?(?:return |await |new )?[\w$.]+\()\{ (.+) \}\);$/, ([, indent, head, members]) =>
    list(`${indent}${head}{`, splitTopLevel(members!, ","), `${indent}});`, indent!)],
  // return f(a, b);  await f(a, b);  const x: T = await f(a, b);
  [/^(\s*)((?:(?:const|let) [\w$]+(?:: [\w$<>[\]]+)? = )?(?:return |await |return await )?[\w$.]+(?:<.+?>)?)\((.+)\);$/, ([, indent, head, args]) =>
    call(`${indent}${head}(`, splitTopLevel(args!, ","), `${indent});`, indent!)],
  // const x: T = { a, b };
  [/^(\s*)((?:const|let) [\w$]+(?:: [\w$<>[\]]+)? = )\{ (.+) \};$/, ([, indent, head, members]) =>
    list(`${indent}${head}{`, splitTopLevel(members!, ","), `${indent}};`, indent!)],
  // key: { a, b: c },   (object literal members)
  [/^(\s*)((?:[\w$]+|"(?:[^"\\]|\\.)*"): )\{ (.+) \}(,?)$/, ([, indent, head, members, comma]) =>
    list(`${indent}${head}{`, splitTopLevel(members!, ","), `${indent}}${comma}`, indent!)],
];

function breakLine(line: string, width: number): string[] | undefined {
  for (const [pattern, breaker] of SHAPES) {
    const match = pattern.exec(line);
    if (!match) continue;
    const lines = breaker(match, width);
    // A part that is still too long needs prettier's full rules.
    if (lines && lines.every((l) => l.length <= width || isComment(l))) return lines;
    return undefined;
  }
  return undefined;
}

/** One item per line with a trailing comma, prettier's shape for a list that does not fit. */
function list(open: string, items: string[], close: string, indent: string): string[] {
  const inner = `${indent}  `;
  return [open, ...items.filter((i) => i !== "").map((item) => `${inner}${item},`), close];
}

/**
 * Arguments one per line. Prettier "hugs" a last argument that is an object, array or
 * function instead, by rules too subtle to copy, so those are left to prettier.
 */
function call(open: string, args: string[], close: string, indent: string): string[] | undefined {
  const last = args[args.length - 1] ?? "";
  if (/^(\{|\[|\(|function\b|`|async\b)|=>/.test(last)) return undefined;
  return list(open, args, close, indent);
}

/** `head\n  | A\n  | B;` for a union type; undefined when the type is not a union. */
function union(head: string, type: string, indent: string): string[] | undefined {
  const members = splitTopLevel(type, "|");
  if (members.length < 2) return undefined;
  const inner = `${indent}  `;
  const lines = members.map((member) => `${inner}| ${member}`);
  lines[lines.length - 1] += ";";
  return [head, ...lines];
}
