import { splitTopLevel } from "./split-top-level.js";

/**
 * Prettier's shapes for a type that does not fit after `head` (`type X =`, `name?:`, a
 * parameter's `name:`), for the types the emitters write. `end` is what closes the line:
 * `;` after a type alias or property, `,` after a parameter.
 */
export interface TypeSite {
  readonly head: string;
  readonly indent: string;
  readonly width: number;
  readonly end: string;
}

/**
 * A union: on the next line when it fits there (prettier 3), else one member per line after
 * `| `; a member that is a parenthesised intersection breaks after each `&`.
 */
export function union(type: string, site: TypeSite): string[] | undefined {
  const members = splitTopLevel(type, "|");
  if (members.length < 2) return undefined;
  const inner = `${site.indent}  `;
  if (`${inner}${type}${site.end}`.length <= site.width) return [site.head, `${inner}${type}${site.end}`];
  const lines = members.flatMap((member, i) => unionMember(member, inner, site, i === members.length - 1));
  lines[lines.length - 1] += site.end;
  return [site.head, ...lines];
}

function unionMember(member: string, inner: string, site: TypeSite, last: boolean): string[] {
  const parts = /^\((.+)\)$/.exec(member) ? splitTopLevel(member.slice(1, -1), "&") : [];
  if (`${inner}| ${member}${last ? site.end : ""}`.length <= site.width || parts.length < 2)
    return [`${inner}| ${member}`];
  return [
    `${inner}| (${parts[0]} &`,
    ...parts.slice(1).map((p, i) => `${inner}    ${p}${i === parts.length - 2 ? ")" : " &"}`),
  ];
}

/**
 * `head A &\n  B;` for an intersection of names: the first member stays on the head's line.
 * A name and then an object type (a tagged union member) stay together and the object opens:
 * `head A & {\n  k: V;\n};`. Other mixes of names and object types are left to prettier.
 */
export function intersection(type: string, site: TypeSite): string[] | undefined {
  const members = splitTopLevel(type, "&");
  if (members.length < 2 || members.some((m) => splitTopLevel(m, "|").length > 1)) return undefined;
  const inner = `${site.indent}  `;
  const objects = members.filter((m) => m.startsWith("{"));
  if (objects.length > 0) {
    const body = /^\{ (.+) \}$/.exec(members[1]!)?.[1];
    if (members.length !== 2 || objects.length !== 1 || body === undefined) return undefined;
    const fields = splitTopLevel(body, ";")
      .filter((field) => field !== "")
      .map((field) => `${inner}${field};`);
    return [`${site.head} ${members[0]} & {`, ...fields, `${site.indent}}${site.end}`];
  }
  return [
    `${site.head} ${members[0]} &`,
    ...members.slice(1).map((m, i) => `${inner}${m}${i === members.length - 2 ? site.end : " &"}`),
  ];
}

/**
 * An array of a parenthesised union or intersection. A union opens the parentheses: on one
 * line inside them when it fits, else one member per line. An intersection keeps its first
 * member beside `(` and indents the rest: `head (A &\n  B)[];`.
 */
export function parenthesizedArray(type: string, site: TypeSite): string[] | undefined {
  const inner = /^\((.+)\)\[\]$/.exec(type)?.[1];
  if (inner === undefined || splitTopLevel(type, "|").length > 1 || splitTopLevel(type, "&").length > 1)
    return undefined;
  const { head, indent, width, end } = site;
  const members = splitTopLevel(inner, "|");
  if (members.length < 2) {
    const parts = splitTopLevel(inner, "&");
    if (parts.length < 2) return undefined;
    return [
      `${head} (${parts[0]} &`,
      ...parts.slice(1).map((p, i) => `${indent}  ${p}${i === parts.length - 2 ? `)[]${end}` : " &"}`),
    ];
  }
  const body =
    `${indent}  ${inner}`.length <= width ? [`${indent}  ${inner}`] : members.map((m) => `${indent}  | ${m}`);
  return [`${head} (`, ...body, `${indent})[]${end}`];
}

/** `{ [key: string]: V }` opened: `head {`, the index signature, `};`. */
export function indexSignatureObject(type: string, site: TypeSite): string[] | undefined {
  const value = /^\{ (\[key: string\]: .+) \}$/.exec(type)?.[1];
  if (value === undefined) return undefined;
  return [`${site.head} {`, `${site.indent}  ${value};`, `${site.indent}}${site.end}`];
}

/**
 * `Name | null`: one type name and only null or void besides. Prettier "hugs" such a union:
 * it never breaks it, not even onto the next line of a property.
 */
export function isHuggedUnion(type: string): boolean {
  const members = splitTopLevel(type, "|");
  const named = members.filter((m) => m !== "null" && m !== "void");
  return (
    members.length > 1 &&
    named.length === 1 &&
    /^[\w$.]+$/.test(named[0]!) &&
    !/^(null|void|undefined|string|number|boolean|unknown|never)$/.test(named[0]!)
  );
}

/** A type name, maybe with an array suffix: nothing prettier could break. */
export function isPlainReference(type: string): boolean {
  return /^[\w$.]+(\[\])*$/.test(type);
}

/** The shapes a type after a property's or parameter's `name:` takes, in prettier's order of preference. */
export function annotationLines(line: string, type: string, site: TypeSite): string[] | undefined {
  if (isHuggedUnion(type) || isPlainReference(type)) return [line];
  return (
    union(type, site) ?? intersection(type, site) ?? parenthesizedArray(type, site) ?? indexSignatureObject(type, site)
  );
}
