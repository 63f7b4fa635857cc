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
  // export type X = A | B;   export type X = A & B;   export type X = LongName;  (a hugged union moves whole)
  [/^(\s*)(export type [\w$]+(?:<[^=]*>)? =) (.+);$/, ([, indent, head, type], width) =>
    (isHuggedUnion(type!) ? [`${indent}${head}`, `${indent}  ${type};`] : undefined) ??
    union(`${indent}${head}`, type!, indent!, width) ?? intersection(`${indent}${head}`, type!, indent!) ??
      (isPlainReference(type!) ? [`${indent}${head}`, `${indent}  ${type};`] : undefined)],
  // name?: A | B;   name?: A & B;   name?: LongName;  (interface members)
  [/^(\s*)((?:readonly )?(?:[\w$]+|"(?:[^"\\]|\\.)*")\??:) (.+);$/, ([line, indent, head, type], width) =>
    (isHuggedUnion(type!) ? [line!] : undefined) ??
    union(`${indent}${head}`, type!, indent!, width) ?? intersection(`${indent}${head}`, type!, indent!) ??
      parenthesizedArray(`${indent}${head}`, type!, indent!, width) ??
      // Prettier cannot break a lone type name either: the line stays as it is.
      (isPlainReference(type!) ? [line!] : undefined)],
  // export function f(a: A, b: B): R {   and class methods
  [/^(\s*)((?:export )?(?:async )?(?:function\*? )?[\w$]+(?:<[^(]*>)?)\((.+)\)(: .+)? \{$/, ([, indent, head, params, ret]) =>
    list(`${indent}${head}(`, splitTopLevel(params!, ","), `${indent})${ret ?? ""} {`, indent!)],
  // f({ a, b });  const x = new F({ a, b });  (a lone object argument is hugged)
  [/^(\s*)((?:(?:const|let) [\w$]+ = )?(?:return |await |new )?[\w$.]+\()\{ (.+) \}\);$/, ([, indent, head, members]) =>
    list(`${indent}${head}{`, splitTopLevel(members!, ","), `${indent}});`, indent!)],
  // const x: T = await api.method(arg);  (a call prettier cannot usefully break: after the `=`)
  [/^(\s*)((?:const|let) [\w$]+(?:: .+)? =) ((?:await )?[\w$]+(?:\.[\w$]+)?\((?:[\w$]+|"[^"\\]*"|\d+)?\));$/,
    ([, indent, head, call], width) => (isLoneShortCall(call!, width) ? [`${indent}${head}`, `${indent}  ${call};`] : undefined)],
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

/**
 * A call with no argument or one short one (at most a quarter of the width): prettier's
 * "poorly breakable" call, which it moves after the `=` of an assignment rather than break.
 */
function isLoneShortCall(call: string, width: number): boolean {
  const argument = /\((.*)\)$/.exec(call)![1]!;
  return argument.length <= width * 0.25;
}

/** A line prettier leaves long too: one name, string or member of a single type name. */
function isUnbreakable(line: string): boolean {
  const core = line.trim().replace(/^\| /, "").replace(/(;|,| &)$/, "");
  const property = /^(?:readonly )?(?:[\w$]+|"(?:[^"\\]|\\.)*")\??: (.+)$/.exec(core);
  if (isHuggedUnion(property?.[1] ?? core)) return true;
  return isPlainReference(core) || /^"(?:[^"\\]|\\.)*"$/.test(core) || /^export type [\w$]+ =$/.test(core) ||
    /^(?:import|export)(?: type)? \{ [\w$]+ \} from "[^"]*"$/.test(core) ||
    /^(?:readonly )?(?:[\w$]+|"(?:[^"\\]|\\.)*")\??: [\w$.]+(\[\])*$/.test(core);
}

/**
 * An array of a parenthesised union or intersection. A union opens the parentheses: on one
 * line inside them when it fits, else one member per line. An intersection keeps its first
 * member beside `(` and indents the rest: `head (A &\n  B)[];`.
 */
function parenthesizedArray(head: string, type: string, indent: string, width: number): string[] | undefined {
  const inner = /^\((.+)\)\[\]$/.exec(type)?.[1];
  if (inner === undefined || splitTopLevel(type, "|").length > 1 || splitTopLevel(type, "&").length > 1) return undefined;
  const members = splitTopLevel(inner, "|");
  if (members.length < 2) {
    const parts = splitTopLevel(inner, "&");
    if (parts.length < 2) return undefined;
    return [`${head} (${parts[0]} &`, ...parts.slice(1).map((p, i) => `${indent}  ${p}${i === parts.length - 2 ? ")[];" : " &"}`)];
  }
  const body = `${indent}  ${inner}`.length <= width ? [`${indent}  ${inner}`] : members.map((m) => `${indent}  | ${m}`);
  return [`${head} (`, ...body, `${indent})[];`];
}

/** A string literal on a line of its own, or beside a short key: prettier leaves it long. */
function isLongString(line: string): boolean {
  const match = /^\s*(?:((?:[\w$]+|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'):) )?("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'),?$/.exec(line);
  return match !== null && (match[1] === undefined || match[1].length - 1 < 5);
}

/**
 * `Name | null`: one type name and only null or void besides. Prettier "hugs" such a union:
 * it never breaks it, not even onto the next line of a property.
 */
function isHuggedUnion(type: string): boolean {
  const members = splitTopLevel(type, "|");
  const named = members.filter((m) => m !== "null" && m !== "void");
  return members.length > 1 && named.length === 1 && /^[\w$.]+$/.test(named[0]!) && !/^(null|void|undefined|string|number|boolean|unknown|never)$/.test(named[0]!);
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

/**
 * A union type after `head` (`type X =`, `name?:`): on the next line when it fits there, as
 * prettier does since 3.x, else one member per line after `| `. A member that is a
 * parenthesised intersection breaks after each `&`, aligned inside its parentheses.
 * Undefined when the type is not a union.
 */
function union(head: string, type: string, indent: string, width: number): string[] | undefined {
  const members = splitTopLevel(type, "|");
  if (members.length < 2) return undefined;
  const inner = `${indent}  `;
  if (`${inner}${type};`.length <= width) return [head, `${inner}${type};`];
  const lines = members.flatMap((member, i) => unionMember(member, inner, width, i === members.length - 1));
  lines[lines.length - 1] += ";";
  return [head, ...lines];
}

function unionMember(member: string, inner: string, width: number, last: boolean): string[] {
  const parts = /^\((.+)\)$/.exec(member) ? splitTopLevel(member.slice(1, -1), "&") : [];
  if (`${inner}| ${member}${last ? ";" : ""}`.length <= width || parts.length < 2) return [`${inner}| ${member}`];
  return [`${inner}| (${parts[0]} &`, ...parts.slice(1).map((p, i) => `${inner}    ${p}${i === parts.length - 2 ? ")" : " &"}`)];
}
