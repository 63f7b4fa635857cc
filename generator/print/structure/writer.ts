/**
 * Builds text line by line as ts-morph's code-block-writer does for the structures we print:
 * each line is indented to the current level when its first character is written, and the
 * writer remembers the last character written and whether it stands at a block's start,
 * which decide where ts-morph puts blank lines.
 */
export class TextWriter {
  private readonly lines: string[] = [];
  private line = "";
  private level = 0;
  /** The last character written that is not whitespace. */
  lastCharacter = "";
  /** Nothing has been written since the current block (or the file's trivia) opened. */
  atBlockStart = true;

  constructor(private readonly indentUnit = "  ") {}

  /** Writes text that may hold newlines; every line it starts is indented to the current level. */
  write(text: string): this {
    const parts = text.split("\n");
    parts.forEach((part, i) => {
      if (i > 0) this.newLine();
      if (part.length === 0) return;
      if (this.line.length === 0) this.line = this.indentUnit.repeat(this.level);
      this.line += part;
      const trimmed = part.trimEnd();
      if (trimmed.length > 0) this.lastCharacter = trimmed[trimmed.length - 1]!;
      this.atBlockStart = false;
    });
    return this;
  }

  /** Writes leading trivia as given, with no indentation; a block starts after it. */
  writeTrivia(text: string): this {
    text.split("\n").forEach((part, i) => {
      if (i > 0) this.newLine();
      this.line += part;
    });
    this.atBlockStart = true;
    return this;
  }

  newLine(): this {
    this.lines.push(this.line);
    this.line = "";
    return this;
  }

  newLineIfLastNot(): this {
    return this.line.length > 0 ? this.newLine() : this;
  }

  blankLineIfLastNot(): this {
    this.newLineIfLastNot();
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== "") this.newLine();
    return this;
  }

  /** A blank line before a declaration, except as the first thing in a block. */
  blankLineUnlessBlockStart(): this {
    return this.atBlockStart ? this : this.blankLineIfLastNot();
  }

  /** Runs `body` one indentation level in, as a new block. */
  indented(body: () => void): this {
    this.level++;
    this.atBlockStart = true;
    body();
    this.atBlockStart = false;
    this.level--;
    return this;
  }

  /** ` {`, the body one level in, then `}` on a line of its own. */
  block(body: () => void): this {
    this.write(" {").newLine();
    this.indented(body);
    return this.newLineIfLastNot().write("}");
  }

  get isAtLineStart(): boolean {
    return this.line.length === 0;
  }

  get isEmpty(): boolean {
    return this.lines.length === 0 && this.line.length === 0;
  }

  toString(): string {
    return [...this.lines, this.line].join("\n");
  }
}
