import { splitTopLevel } from "./split-top-level.js";
import {
  annotationLines,
  indexSignatureObject,
  intersection,
  isHuggedUnion,
  isPlainReference,
  union,
} from "./type-layout.js";

/** Breaks one matched line into prettier's lines; undefined when the line is not of its shape after all. */
export type Breaker = (match: RegExpExecArray, width: number) => string[] | undefined;

const STRING = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'`;
const KEY = String.raw`(?:[\w$]+|"(?:[^"\\]|\\.)*")`;

/** One item per line with a trailing comma, prettier's shape for a list that does not fit. */
export function list(open: string, items: string[], close: string, indent: string): string[] {
  const inner = `${indent}  `;
  return [open, ...items.filter((i) => i !== "").map((item) => `${inner}${item},`), close];
}

/** What prettier can "hug" as a last argument: a non-empty object or array literal, or a function. */
function expandableKind(arg: string): string | undefined {
  if (/^\{ .+ \}$/.test(arg)) return "object";
  if (/^\[.+\]$/.test(arg)) return "array";
  if (/^(?:async )?(?:\([^)]*\)|[\w$]+) =>|^function\b/.test(arg)) return "function";
  return undefined;
}

/**
 * Arguments one per line. Prettier "hugs" an expandable last argument instead, unless the one
 * before it is of the same kind: an object literal opens after the other arguments when that
 * first line fits (`f(a, {` ... `});`); other hugs are left to prettier.
 */
function call(open: string, args: string[], close: string, indent: string, width: number): string[] | undefined {
  const lastArg = args[args.length - 1] ?? "";
  const last = expandableKind(lastArg);
  const penultimate = args.length > 1 ? args[args.length - 2]! : "";
  if (last === undefined || (penultimate.startsWith("{") ? "object" : expandableKind(penultimate)) === last) {
    return list(open, args, close, indent);
  }
  if (last !== "object") return undefined;
  const first = `${open}${args
    .slice(0, -1)
    .map((a) => `${a}, `)
    .join("")}{`;
  if (first.length > width) return list(open, args, close, indent);
  return list(first, splitTopLevel(lastArg.slice(2, -2), ","), `${indent}}${close.trimStart()}`, indent);
}

/**
 * A parameter of a broken signature: `name: Type,` on its line, or its type in the shape
 * prettier gives a type annotation that does not fit.
 */
function parameterLines(param: string, indent: string, width: number): string[] | undefined {
  const line = `${indent}${param},`;
  if (line.length <= width) return [line];
  const match = /^([\w$]+\??:) (.+?)( = .+)?$/.exec(param);
  if (!match) return undefined;
  // A parameter with a default keeps its line when its type is a name; other shapes are left to prettier.
  if (match[3] !== undefined) return isPlainReference(match[2]!) ? [line] : undefined;
  return annotationLines(line, match[2]!, { head: `${indent}${match[1]}`, indent, width, end: "," });
}

/** `): R {` or, when that is too long and R has one type argument, `): R<\n  T\n> {`. */
function returnLines(ret: string, indent: string, width: number): string[] {
  const line = `${indent})${ret} {`;
  const generic = /^: ([\w$.]+)<(.+)>$/.exec(ret);
  if (line.length <= width || !generic || splitTopLevel(generic[2]!, ",").length > 1) return [line];
  return [`${indent}): ${generic[1]}<`, `${indent}  ${generic[2]}`, `${indent}> {`];
}

/** A function or method signature: one parameter per line, then the return type. */
const signature: Breaker = ([, indent, head, params, ret], width) => {
  const lines = [`${indent}${head}(`];
  for (const param of splitTopLevel(params!, ",")) {
    const paramLines = parameterLines(param, `${indent}  `, width);
    if (paramLines === undefined) return undefined;
    lines.push(...paramLines);
  }
  return [...lines, ...returnLines(ret ?? "", indent!, width)];
};

/**
 * `paginate<T>((cursor) => f(...), opts)`: the arrow is not hugged (its body is no block),
 * so both arguments break, and the arrow's body moves under it when it does not fit.
 */
const paginateCall: Breaker = ([, indent, head, arrow, body, last], width) => {
  const inner = `${indent}  `;
  const arrowLine = `${inner}${arrow} ${body},`;
  const arrowLines = arrowLine.length <= width ? [arrowLine] : [`${inner}${arrow}`, `${inner}  ${body},`];
  return [`${indent}${head}(`, ...arrowLines, `${inner}${last},`, `${indent});`];
};

/**
 * `const x: T = value;` whose `const x: T =` does not fit: the type breaks first (a union after
 * `x:`, an intersection after each `&`, an object type opened), and the value follows the
 * type's last line, after the `=` or, when even that is too long, on a line of its own.
 */
const longAnnotation: Breaker = ([, indent, decl, type, value], width) => {
  if (`${indent}${decl}: ${type} =`.length <= width) return undefined;
  const site = { head: `${indent}${decl}:`, indent: indent!, width, end: " =" };
  const typeLines = union(type!, site) ?? intersection(type!, site) ?? indexSignatureObject(type!, site);
  if (typeLines === undefined) return undefined;
  const last = typeLines.pop()!;
  if (`${last} ${value};`.length <= width || /^[{[]/.test(value!)) return [...typeLines, `${last} ${value};`];
  return [...typeLines, last, `${indent}  ${value};`];
};

/** The shapes of the lines the printer and the docs emitters write, most specific first. */
export const SHAPES: [RegExp, Breaker][] = [
  // key: "a long string",  (a key narrower than 5 columns keeps its value beside it)
  [
    new RegExp(String.raw`^(\s*)((?:[\w$]+|${STRING}):) (${STRING})(,?)$`),
    ([line, indent, key, value, comma]) =>
      key!.length - 1 < 5 ? [line!] : [`${indent}${key}`, `${indent}  ${value}${comma}`],
  ],
  // import type { A, B } from "./x.js";  export { A } from "./x.js";  (a lone name stays long)
  [
    /^(\s*)((?:import|export)(?: type)? )\{ (.+) \}( from "[^"]*";)$/,
    ([line, indent, head, names, tail]) => {
      const parts = splitTopLevel(names!, ",");
      return parts.length === 1 ? [line!] : list(`${indent}${head}{`, parts, `${indent}}${tail}`, indent!);
    },
  ],
  // export interface X extends Y {  (prettier leaves a single heritage clause long)
  [/^(\s*)(export )?interface [\w$]+(?: extends [\w$.]+)? \{$/, ([line]) => [line!]],
  // export type X = A | B;   = A & B;   = LongName;   = Name | null (hugged: moved whole)
  [
    /^(\s*)(export type [\w$]+(?:<[^=]*>)? =) (.+);$/,
    ([, indent, head, type], width) => {
      const site = { head: `${indent}${head}`, indent: indent!, width, end: ";" };
      if (isHuggedUnion(type!) || isPlainReference(type!)) return [site.head, `${indent}  ${type};`];
      return union(type!, site) ?? intersection(type!, site);
    },
  ],
  // name?: A | B;  [key: string]: A | B;  (interface members and index signatures)
  [
    new RegExp(String.raw`^(\s*)((?:readonly )?(?:${KEY}|\[key: string\])\??:) (.+);$`),
    ([line, indent, head, type], width) =>
      annotationLines(line!, type!, { head: `${indent}${head}`, indent: indent!, width, end: ";" }),
  ],
  // export function f(a: A, b: B): R {   and class methods
  [/^(\s*)((?:export )?(?:async )?(?:function\*? )?[\w$]+(?:<[^(]*>)?)\((.+)\)(: .+)? \{$/, signature],
  // return client.request<A | B>(   (the type argument moves onto its own line)
  [
    /^(\s*)(return [\w$.]+)<(.+)>\($/,
    ([, indent, head, type]) => [`${indent}${head}<`, `${indent}  ${type}`, `${indent}>(`],
  ],
  // return paginate<T>((cursor) => f(...), opts);
  [/^(\s*)(return paginate<[^>]+>)\((\([\w$]+\) =>) (.+), ([\w$]+)\);$/, paginateCall],
  // f({ a, b });  const x = new F({ a, b });  (a lone object argument is hugged)
  [
    /^(\s*)((?:(?:const|let) [\w$]+ = )?(?:return |await |new )?[\w$.]+\()\{ (.+) \}\);$/,
    ([, indent, head, members]) => list(`${indent}${head}{`, splitTopLevel(members!, ","), `${indent}});`, indent!),
  ],
  ...declarationShapes(),
  // return f(a, b);  await f(a, b);  const x: T = await f(a, b);
  [
    /^(\s*)((?:(?:const|let) [\w$]+(?:: [\w$<>[\]]+)? = )?(?:return |await |return await )?[\w$.]+(?:<.+?>)?)\((.+)\);$/,
    ([, indent, head, args], width) =>
      call(`${indent}${head}(`, splitTopLevel(args!, ","), `${indent});`, indent!, width),
  ],
  ...statementShapes(),
  // f(a, b),  a call that is itself an argument (paginate's arrow body)
  [
    /^(\s*)([\w$.]+)\((.+)\),$/,
    ([, indent, head, args], width) =>
      call(`${indent}${head}(`, splitTopLevel(args!, ","), `${indent}),`, indent!, width),
  ],
  ...literalMemberShapes(),
];

/** `const x: T = ...;` in the docs' examples. */
function declarationShapes(): [RegExp, Breaker][] {
  const head = String.raw`^(\s*)((?:const|let) [\w$]+(?::[^=]+)? =)`;
  return [
    [/^(\s*)((?:const|let) [\w$]+): ([^=]+) = (.+);$/, longAnnotation],
    // const x: T = api.method(arg);  a call prettier cannot usefully break moves after the `=`
    [
      new RegExp(String.raw`${head} ((?:await )?[\w$]+(?:\.[\w$]+)?\((?:[\w$]+|"[^"\\]*"|\d+)?\));$`),
      ([, indent, decl, value], width) =>
        isLoneShortCall(value!, width) ? [`${indent}${decl}`, `${indent}  ${value};`] : undefined,
    ],
    // const x: T = await response;  a value that cannot break moves after the `=`
    [
      new RegExp(String.raw`${head} ((?:await )?[\w$]+|${STRING}|-?\d[\w.]*);$`),
      ([, indent, decl, value]) => [`${indent}${decl}`, `${indent}  ${value};`],
    ],
    // const x: T = { a, b };  const x: T[] = [a, b];  (the literal opens after the `=`, or
    // moves under it whole when even `= {` does not fit)
    [
      new RegExp(String.raw`${head} (\{|\[)(?: (.+) |(.+))(\}|\]);$`),
      ([line, indent, decl, open, spaced, tight, close], width) =>
        `${indent}${decl} ${open}`.length > width
          ? [`${indent}${decl}`, `${indent}  ${line!.slice(indent!.length + decl!.length + 1)}`]
          : list(`${indent}${decl} ${open}`, splitTopLevel(spaced ?? tight!, ","), `${indent}${close};`, indent!),
    ],
    // const x = api.method(a, b);  whose `= api.method(` does not fit: the call moves under the `=`
    [
      new RegExp(String.raw`${head} ((?:await )?[\w$.]+\(.*\);)$`),
      ([, indent, decl, value], width) =>
        `${indent}${decl} ${value!.slice(0, value!.indexOf("(") + 1)}`.length > width
          ? [`${indent}${decl}`, `${indent}  ${value}`]
          : undefined,
    ],
  ];
}

/** Statements of the README's examples. */
function statementShapes(): [RegExp, Breaker][] {
  return [
    // for await (const x of api.iterate(a, b)) {   (the call's arguments break, one per line)
    [
      /^(\s*)(for await \(const [\w$]+ of [\w$.]+)\((.+)\)\) \{$/,
      ([, indent, head, args], width) =>
        call(`${indent}${head}(`, splitTopLevel(args!, ","), `${indent})) {`, indent!, width),
    ],
    // key: (a) => body,   (an arrow's body moves under it)
    [
      /^(\s*)([\w$]+: (?:async )?\([^)]*\) =>) (.+,)$/,
      ([, indent, head, body]) => [`${indent}${head}`, `${indent}  ${body}`],
    ],
    // const { a, b } = value;   (a value that cannot break moves after the `=`)
    [
      /^(\s*)(const \{ [^}]+ \} =) ([\w$.]+;)$/,
      ([, indent, head, value]) => [`${indent}${head}`, `${indent}  ${value}`],
    ],
    // if (test) statement;   (the statement moves under the test)
    [/^(\s*)(if \(.+\)) ([^{].*;)$/, ([, indent, head, statement]) => [`${indent}${head}`, `${indent}  ${statement}`]],
  ];
}

/**
 * `key: a == null ? undefined : f(a),`: a conditional whose test is a comparison moves under
 * its key, and breaks before `?` and `:` when it does not fit there either.
 */
function conditionalMember([, indent, key, test, yes, no, comma]: RegExpExecArray, width: number): string[] {
  const inner = `${indent}  `;
  const whole = `${inner}${test} ? ${yes} : ${no}${comma}`;
  if (whole.length <= width) return [`${indent}${key}`, whole];
  return [`${indent}${key}`, `${inner}${test}`, `${inner}  ? ${yes}`, `${inner}  : ${no}${comma}`];
}

/** Members of an opened object or array literal: `key: { ... },`  `key: [ ... ],`  `...{ ... },`  `{ ... },` */
function literalMemberShapes(): [RegExp, Breaker][] {
  return [
    [new RegExp(String.raw`^(\s*)(${KEY}:) ([^?:]+ [=!]==? [^?:]+) \? ([^?:]+) : ([^?:]+?)(,?)$`), conditionalMember],
    [
      new RegExp(String.raw`^(\s*)((?:${KEY}: |\.\.\.)?)\{ (.+) \}(,?)$`),
      ([, indent, head, members, comma]) =>
        list(`${indent}${head}{`, splitTopLevel(members!, ","), `${indent}}${comma}`, indent!),
    ],
    [
      new RegExp(String.raw`^(\s*)((?:${KEY}: )?)\[(.+)\](,?)$`),
      ([, indent, head, items, comma]) =>
        list(`${indent}${head}[`, splitTopLevel(items!, ","), `${indent}]${comma}`, indent!),
    ],
  ];
}

/**
 * A call with no argument or one short one (at most a quarter of the width): prettier's
 * "poorly breakable" call, which it moves after the `=` of an assignment rather than break.
 */
function isLoneShortCall(value: string, width: number): boolean {
  return /\((.*)\)$/.exec(value)![1]!.length <= width * 0.25;
}
