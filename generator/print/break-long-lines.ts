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
  // key: "a long string",  (a key narrower than 5 columns keeps its value beside it)
  [/^(\s*)((?:[\w$]+|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'):) ("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')(,?)$/,
    ([line, indent, key, value, comma]) =>
      key!.length - 1 < 5 ? [line!] : [`${indent}${key}`, `${indent}  ${value}${comma}`]],
  // import type { A, B } from "./x.js";  export { A } from "./x.js";
  // (A lone name stays on its line, however long.)
  [/^(\s*)((?:import|export)(?: type)? )\{ (.+) \}( from "[^"]*";)$/, ([line, indent, head, names, tail]) => {
    const parts = splitTopLevel(names!, ",");
    return parts.length === 1 ? [line!] : list(`${indent}${head}{`, parts, `${indent}}${tail}`, indent!);
  }],
  // export type X = A | B;   export type X = A & B;   export type X = LongName;
  // (Prettier 3 moves a union that fits on the next line there whole.)
  [/^(\s*)(export type [\w$]+(?:<[^=]*>)? =) (.+);$/, ([, indent, head, type], width) =>
    unionOnNextLine(`${indent}${head}`, type!, indent!, width) ??
    union(`${indent}${head}`, type!, indent!) ?? intersection(`${indent}${head}`, type!, indent!) ??
      (isPlainReference(type!) ? [`${indent}${head}`, `${indent}  ${type};`] : undefined)],
  // name?: A | B;   name?: A & B;   name?: LongName;  (interface members)
  [/^(\s*)((?:readonly )?(?:[\w$]+|"(?:[^"\\]|\\.)*")\??:) (.+);$/, ([line, indent, head, type]) =>
    union(`${indent}${head}`, type!, indent!) ?? intersection(`${indent}${head}`, type!, indent!) ??
      unionArray(`${indent}${head}`, type!, indent!) ??
      // Prettier cannot break a lone type name either: the line stays as it is.
      (isPlainReference(type!) ? [line!] : undefined)],
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
  if (isUnbreakable(line)) return [line];
  for (const [pattern, breaker] of SHAPES) {
    const match = pattern.exec(line);
    if (!match) continue;
    const lines = breaker(match, width);
    // A part that is still too long needs prettier's full rules.
    if (lines && lines.every((l) => l.length <= width || isComment(l) || isUnbreakable(l) || isLongString(l))) return lines;
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

/** A line prettier leaves long too: one name, string or member of a single type name. */
function isUnbreakable(line: string): boolean {
  const core = line.trim().replace(/^\| /, "").replace(/(;|,| &)$/, "");
  return isPlainReference(core) || /^"(?:[^"\\]|\\.)*"$/.test(core) || /^export type [\w$]+ =$/.test(core) ||
    /^(?:import|export)(?: type)? \{ [\w$]+ \} from "[^"]*"$/.test(core) ||
    /^(?:readonly )?(?:[\w$]+|"(?:[^"\\]|\\.)*")\??: [\w$.]+(\[\])*$/.test(core);
}

/** `head (\n    | A\n    | B\n  )[];` for an array of a union. */
function unionArray(head: string, type: string, indent: string): string[] | undefined {
  const inner = /^\((.+)\)\[\]$/.exec(type)?.[1];
  const members = inner === undefined ? [] : splitTopLevel(inner, "|");
  if (members.length < 2 || splitTopLevel(type, "|").length > 1) return undefined;
  return [`${head} (`, ...members.map((m) => `${indent}    | ${m}`), `${indent}  )[];`];
}

/** A string literal on a line of its own, or beside a short key: prettier leaves it long. */
function isLongString(line: string): boolean {
  const match = /^\s*(?:((?:[\w$]+|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'):) )?("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'),?$/.exec(line);
  return match !== null && (match[1] === undefined || match[1].length - 1 < 5);
}

/** A type name, maybe with an array suffix: nothing prettier could break. */
function isPlainReference(type: string): boolean {
  return /^[\w$.]+(\[\])*$/.test(type);
}

/** `head A &\n  B;` for an intersection type: the first member stays on the head's line. */
function intersection(head: string, type: string, indent: string): string[] | undefined {
  const members = splitTopLevel(type, "&");
  if (members.length < 2 || members.some((m) => splitTopLevel(m, "|").length > 1)) return undefined;
  const inner = `${indent}  `;
  const lines = [`${head} ${members[0]} &`, ...members.slice(1).map((m, i) => `${inner}${m}${i === members.length - 2 ? ";" : " &"}`)];
  return lines;
}

/** `head\n  A | B;` for a union that fits on the line after the head. */
function unionOnNextLine(head: string, type: string, indent: string, width: number): string[] | undefined {
  const next = `${indent}  ${type};`;
  return splitTopLevel(type, "|").length > 1 && next.length <= width ? [head, next] : undefined;
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
