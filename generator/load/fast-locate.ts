import type { SourceLocation } from "../diagnostics/index.js";

/**
 * Finds where a JSON pointer's node starts without building a syntax tree: a JSON scanner,
 * and an indentation scanner for block-style YAML (what `update-spec` writes). Both answer
 * `null` when the text uses something they do not follow (flow collections in YAML, say),
 * and the caller then parses the text in full. `undefined` means "not there".
 */
export function createFastLocator(text: string): (segments: readonly string[]) => SourceLocation | undefined | null {
  const json = /^\s*[{[]/.test(text);
  const jsonIndex = new Map<number, Map<string, [number, number]>>();
  let lines: Line[] | undefined;
  let lineStarts: number[] | undefined;
  return (segments) => {
    const offset = json ? jsonOffset(text, segments, jsonIndex) : yamlOffset((lines ??= yamlLines(text)), segments);
    if (offset === undefined || offset === null) return offset;
    return position((lineStarts ??= startsOfLines(text)), offset);
  };
}

/** One-off form of `createFastLocator`, for a single look-up. */
export function fastLocate(text: string, segments: readonly string[]): SourceLocation | undefined | null {
  return createFastLocator(text)(segments);
}

function startsOfLines(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** Line and column of `offset`, by binary search over the line starts. */
function position(starts: readonly number[], offset: number): SourceLocation {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

// ---- JSON ----

/**
 * Walks down the pointer. Each object or array is scanned once, on first visit, and its
 * members' offsets kept, so many look-ups into a large spec stay cheap.
 */
function jsonOffset(
  text: string,
  segments: readonly string[],
  index: Map<number, Map<string, [number, number]>>,
): number | undefined {
  let at = skipSpace(text, 0);
  let anchor = at;
  for (const segment of segments) {
    if (text[at] !== "{" && text[at] !== "[") return undefined;
    let members = index.get(at);
    if (!members) index.set(at, (members = text[at] === "{" ? scanMembers(text, at) : scanItems(text, at)));
    const found = members.get(segment);
    if (found === undefined) return undefined;
    [anchor, at] = found;
  }
  return anchor;
}

/** key -> [offset of the key, offset of the value] for the object at `at`. */
function scanMembers(text: string, at: number): Map<string, [number, number]> {
  const members = new Map<string, [number, number]>();
  let i = skipSpace(text, at + 1);
  while (text[i] === '"') {
    const keyEnd = skipString(text, i);
    const value = skipSpace(text, skipSpace(text, keyEnd) + 1);
    members.set(JSON.parse(text.slice(i, keyEnd)) as string, [i, value]);
    i = skipSpace(text, skipValue(text, value));
    if (text[i] !== ",") break;
    i = skipSpace(text, i + 1);
  }
  return members;
}

function scanItems(text: string, at: number): Map<string, [number, number]> {
  const items = new Map<string, [number, number]>();
  let i = skipSpace(text, at + 1);
  for (let n = 0; text[i] !== "]" && i < text.length; n++) {
    items.set(String(n), [i, i]);
    i = skipSpace(text, skipValue(text, i));
    if (text[i] !== ",") break;
    i = skipSpace(text, i + 1);
  }
  return items;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function skipString(text: string, i: number): number {
  for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
  return i + 1;
}

/** The offset just past the value starting at `i`. */
function skipValue(text: string, i: number): number {
  if (text[i] === '"') return skipString(text, i);
  if (text[i] !== "{" && text[i] !== "[") {
    while (i < text.length && !/[,}\]\s]/.test(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') i = skipString(text, i) - 1;
    else if (char === "{" || char === "[") depth++;
    else if ((char === "}" || char === "]") && --depth === 0) return i + 1;
  }
  return i;
}

// ---- block-style YAML ----

/** Marks a flow collection: the scanner does not look inside one. */
const FLOW = -1;

interface Line {
  readonly indent: number;
  readonly content: string;
  readonly offset: number;
}

/** Lines with content; "- key: v" becomes an item line "-" plus "key: v" two columns in. */
function yamlLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.split("\n")) {
    let content = raw.trimStart();
    let indent = raw.length - content.length;
    if (content !== "" && !content.startsWith("#") && content !== "---") {
      while (content.startsWith("- ")) {
        lines.push({ indent, content: "-", offset: offset + indent });
        const rest = content.slice(2);
        indent += 2 + (rest.length - rest.trimStart().length);
        content = rest.trimStart();
      }
      lines.push({ indent, content: content.trimEnd(), offset: offset + indent });
    }
    offset += raw.length + 1;
  }
  return lines;
}

function yamlOffset(lines: Line[], segments: readonly string[]): number | undefined | null {
  let from = 0;
  let parentIndent = -1;
  let anchor = lines[0]?.offset ?? 0;
  for (const segment of segments) {
    const found = findChild(lines, from, parentIndent, segment);
    if (found === null || found === undefined) return found;
    ({ from, parentIndent, anchor } = found);
  }
  return anchor;
}

/**
 * The child `segment` of the block starting at line `from`, deeper than `parentIndent`.
 * Anchors as the full parser does: at a scalar value, or at the key of a nested block.
 */
function findChild(lines: Line[], from: number, parentIndent: number, segment: string) {
  if (from === FLOW) return null;
  const first = lines[from];
  if (!first || first.indent <= parentIndent) return undefined;
  if (/^[{[]/.test(first.content)) return null;
  let index = 0;
  for (let i = from; i < lines.length && lines[i]!.indent >= first.indent; i++) {
    const line = lines[i]!;
    if (line.indent !== first.indent) continue;
    if (line.content === "-") {
      if (String(index++) !== segment) continue;
      const next = lines[i + 1];
      const value = next && next.indent > line.indent ? next : line;
      if (/^[{[&*!|>]/.test(value.content)) return null;
      return { from: i + 1, parentIndent: line.indent, anchor: value.offset };
    }
    const key = keyOf(line.content);
    if (key === null) return null;
    if (key !== segment) continue;
    const rest = line.content.slice(line.content.indexOf(":") + 1);
    const value = rest.trim();
    if (/^[&*!|>]/.test(value)) return null;
    const scalar = value !== "" && !/^[{[]/.test(value);
    const anchor = scalar ? line.offset + line.content.length - rest.trimStart().length : line.offset;
    // A flow value ({...} or [...]) can be pointed at, not into.
    return { from: /^[{[]/.test(value) ? FLOW : i + 1, parentIndent: line.indent, anchor };
  }
  return undefined;
}

/** The key of a `key: value` line (plain, double- or single-quoted), or null for other shapes. */
function keyOf(content: string): string | null {
  const quoted = /^(["'])((?:\\.|(?!\1).)*)\1\s*:(\s|$)/.exec(content);
  if (quoted) return quoted[1] === '"' ? (JSON.parse(`"${quoted[2]}"`) as string) : quoted[2]!.replace(/''/g, "'");
  const plain = /^([^\s"'#{[-][^:#]*?)\s*:(\s|$)/.exec(content);
  return plain ? plain[1]! : null;
}
