import type { Options, Plugin } from "prettier";
import { format } from "prettier/standalone";
import * as babel from "prettier/plugins/babel";
import * as estree from "prettier/plugins/estree";
import * as markdown from "prettier/plugins/markdown";
import * as typescript from "prettier/plugins/typescript";

/** The formatting options the repo keeps in its prettier config, passed explicitly. */
export type FormatConfig = Pick<Options, "printWidth" | "singleQuote" | "trailingComma" | "tabWidth" | "semi">;

const PLUGINS: Plugin[] = [babel, estree, markdown, typescript] as Plugin[];

const PARSERS: Readonly<Record<string, string>> = {
  ".ts": "typescript",
  ".json": "json",
  ".md": "markdown",
};

/**
 * Formats one file with prettier's standalone build (no config lookup on disk: the
 * config is passed in, so output does not depend on where the generator runs).
 */
export async function formatFile(path: string, text: string, config: FormatConfig): Promise<string> {
  const parser = PARSERS[path.slice(path.lastIndexOf("."))];
  if (parser === undefined) return text;
  return format(text, { ...config, endOfLine: "lf", parser, plugins: PLUGINS, filepath: path });
}
