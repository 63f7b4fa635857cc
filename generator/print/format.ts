import type { Plugin } from "prettier";

const PARSERS: Readonly<Record<string, string>> = {
  ".ts": "typescript",
  ".json": "json",
  ".md": "markdown",
};

let prettier: Promise<{ format: typeof import("prettier/standalone").format; plugins: Plugin[] }> | undefined;

/** Loads prettier's standalone build once, on first use: most generations never need it. */
function loadPrettier() {
  prettier ??= (async () => {
    const [standalone, ...plugins] = await Promise.all([
      import("prettier/standalone"),
      import("prettier/plugins/babel"),
      import("prettier/plugins/estree"),
      import("prettier/plugins/markdown"),
      import("prettier/plugins/typescript"),
    ]);
    return { format: standalone.format, plugins: plugins as Plugin[] };
  })();
  return prettier;
}

/**
 * Formats one file with prettier's standalone build in prettier's default style at
 * `printWidth` (no config lookup on disk, so output does not depend on where it runs).
 */
export async function formatWithPrettier(path: string, text: string, printWidth: number): Promise<string> {
  const parser = PARSERS[path.slice(path.lastIndexOf("."))];
  if (parser === undefined) return text;
  const { format, plugins } = await loadPrettier();
  return format(text, { printWidth, endOfLine: "lf", parser, plugins, filepath: path });
}
