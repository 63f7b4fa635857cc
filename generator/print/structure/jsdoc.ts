import type { JSDocStructure, JSDocTagStructure, OptionalKind, WriterFunction } from "ts-morph";
import { textOf } from "./text-of.js";
import type { TextWriter } from "./writer.js";

export type Docs = readonly (OptionalKind<JSDocStructure> | string | WriterFunction)[] | undefined;

/** Writes each JSDoc comment on its own lines, before the declaration it documents. */
export function printDocs(writer: TextWriter, docs: Docs): void {
  for (const doc of docs ?? []) {
    writer.write(jsDocText(typeof doc === "string" ? doc : docBody(textOrStructure(doc)))).newLine();
  }
}

function textOrStructure(doc: OptionalKind<JSDocStructure> | WriterFunction): OptionalKind<JSDocStructure> {
  if (typeof doc === "function")
    throw new Error("The structure printer takes JSDoc text or structures, not writer functions.");
  return doc;
}

/**
 * `/** text *\/` for one line, otherwise one ` * line` per line. As in ts-morph, a first
 * empty line is dropped and a single line ending in a space gets no second space.
 */
export function jsDocText(text: string): string {
  const lines = text.split(/\r?\n/);
  const start = lines[0]!.length === 0 ? 1 : 0;
  if (lines.length <= 1) {
    const line = lines[start] ?? "";
    return `/** ${line}${line.endsWith(" ") ? "" : " "}*/`;
  }
  const body = lines.slice(start).map((line) => ` *${line.length > 0 ? ` ${line}` : ""}\n`);
  return `/**\n${body.join("")} */`;
}

/** The description, then one `@tag text` line per tag. */
function docBody(doc: OptionalKind<JSDocStructure>): string {
  const description = textOf(doc.description, "a JSDoc description");
  const tags = (doc.tags ?? []).map(tagText);
  if (tags.length === 0) return description;
  return description.length > 0 ? `${description}\n${tags.join("\n")}` : tags.join("\n");
}

function tagText(tag: OptionalKind<JSDocTagStructure>): string {
  const text = textOf(tag.text, `the @${tag.tagName} tag`);
  const space = text.length > 0 && !/^\r?\n/.test(text) ? " " : "";
  return `@${tag.tagName}${space}${text}`;
}
