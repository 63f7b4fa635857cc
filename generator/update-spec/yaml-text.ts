import { yamlPackage } from "../load/lazy-yaml.js";

/**
 * Writes a JSON value as YAML text exactly as the `yaml` package does with
 * `{ indent: 2, lineWidth: 0, minContentWidth: 0 }`, without building its document tree (the
 * 16 MB platform spec took seconds that way). Strings that are plain beyond doubt are written
 * here; every other string (quoted, multi-line, unusual characters) is written by `yaml` itself,
 * once per distinct string. A test holds the output byte-identical to `yaml` on real specs.
 */
export function yamlText(value: unknown): string {
  const writer = new YamlWriter();
  try {
    writer.value(value, 0, "");
  } catch (error) {
    if (!(error instanceof ComplexKey)) throw error;
    // A key that spans lines needs YAML's explicit-key form; no spec has one, so `yaml` writes it all.
    return new (yamlPackage().Document)(value, { aliasDuplicateObjects: false }).toString(OPTIONS);
  }
  return `${writer.lines.join("\n")}\n`;
}

const OPTIONS = { indent: 2, lineWidth: 0, minContentWidth: 0 } as const;

class ComplexKey extends Error {}

/** A string `yaml` writes plain: no indicator first, nothing that reads as another type or a comment. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what make a string not plain.
const PLAIN = /^[A-Za-z/_$(][^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]*$/;
const NOT_PLAIN = /: |:$| #|\s$|^(true|false|null|True|False|Null|TRUE|FALSE|NULL)$/;

function isPlain(text: string): boolean {
  return PLAIN.test(text) && !NOT_PLAIN.test(text);
}

function isNonEmptyCollection(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  return Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0;
}

class YamlWriter {
  readonly lines: string[] = [];
  /** What `yaml` wrote for each string that is not plain: the same strings recur thousands of times. */
  readonly #scalars = new Map<string, string[]>();

  /** Adds `value`: after `prefix` ("key:" or "-") on the current line when it is a scalar or empty. */
  value(value: unknown, indent: number, prefix: string): void {
    if (!isNonEmptyCollection(value)) {
      this.#scalar(value, indent, prefix);
      return;
    }
    if (prefix !== "") this.lines.push(pad(indent, prefix));
    const inner = prefix === "" ? indent : indent + 2;
    if (Array.isArray(value)) for (const item of value) this.#item(item, inner);
    else for (const [key, child] of Object.entries(value)) this.value(child, inner, `${this.#key(key)}:`);
  }

  /** A sequence item: "- value", or "- key: value" with the rest of the block below it. */
  #item(item: unknown, indent: number): void {
    if (!isNonEmptyCollection(item)) {
      this.#scalar(item, indent, "-");
      return;
    }
    const start = this.lines.length;
    this.value(item, indent + 2, "");
    // The first line of the nested block moves up beside the dash.
    this.lines[start] = `${pad(indent, "- ")}${this.lines[start]!.slice(indent + 2)}`;
  }

  #scalar(value: unknown, indent: number, prefix: string): void {
    const [first, ...rest] = this.#text(value);
    this.lines.push(pad(indent, prefix === "" ? first! : `${prefix} ${first}`));
    // The rest of a block scalar: two past its key or dash. An empty line stays empty, but for
    // the first, which carries the indentation a reader takes for the whole scalar.
    rest.forEach((line, i) => {
      this.lines.push(line === "" && i > 0 ? "" : pad(indent + 2, line));
    });
  }

  #text(value: unknown): string[] {
    if (Array.isArray(value)) return ["[]"];
    if (typeof value === "object" && value !== null) return ["{}"];
    // String(-0) is "0"; YAML keeps the sign.
    if (typeof value !== "string") return [Object.is(value, -0) ? "-0" : String(value)];
    return isPlain(value) ? [value] : this.#byYaml(value);
  }

  #key(key: string): string {
    if (isPlain(key)) return key;
    const text = this.#byYaml(key);
    if (text.length > 1) throw new ComplexKey();
    return text[0]!;
  }

  /**
   * The lines `yaml` writes for one string at the top level. A block scalar's lines sit at
   * column 0 there; nested, they sit two past the key, so an indentation indicator becomes 2.
   */
  #byYaml(text: string): string[] {
    let lines = this.#scalars.get(text);
    if (!lines) {
      const written = new (yamlPackage().Document)(text).toString(OPTIONS);
      const [first, ...rest] = written.replace(/\n$/, "").split("\n");
      lines = [first!.replace(/^([|>])\d/, "$12"), ...rest];
      this.#scalars.set(text, lines);
    }
    return lines;
  }
}

function pad(indent: number, text: string): string {
  return `${" ".repeat(indent)}${text}`;
}
