/**
 * A line of Markdown prose as prettier prints it: a run of spaces between words becomes one
 * space. Indentation, the spaces that end a line (a hard break) and code spans, whose spaces
 * are content, stay as they are.
 */
export function collapseSpaces(line: string): string {
  if (!line.includes("  ")) return line;
  const indent = /^ */.exec(line)![0];
  let out = indent;
  let prose = "";
  for (let i = indent.length; i < line.length; ) {
    const span = codeSpanAt(line, i);
    if (span === 0) {
      prose += line[i++];
      continue;
    }
    out += prose.replace(/ {2,}/g, " ") + line.slice(i, i + span);
    prose = "";
    i += span;
  }
  // Spaces at the very end of the line are a hard break, not a run between words.
  return out + prose.replace(/ {2,}(?=\S)/g, " ");
}

/**
 * The length of the code span that starts at `start`: a run of backticks up to the next run
 * of the same length. A run with no closing run is plain text (its length, 0 elsewhere).
 */
function codeSpanAt(line: string, start: number): number {
  if (line[start] !== "`") return 0;
  const fence = /^`+/.exec(line.slice(start))![0];
  let at = start + fence.length;
  while ((at = line.indexOf("`", at)) !== -1) {
    const run = /^`+/.exec(line.slice(at))![0];
    if (run.length === fence.length) return at + run.length - start;
    at += run.length;
  }
  return fence.length;
}
