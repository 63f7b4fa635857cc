/**
 * JSON as prettier prints it: objects always open, arrays of primitives on one line when
 * they fit in the print width, otherwise one item per line.
 */
export function jsonText(value: unknown, width: number): string {
  return `${print(value, "", 0, width)}\n`;
}

function print(value: unknown, indent: string, used: number, width: number): string {
  if (Array.isArray(value)) return printArray(value, indent, used, width);
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const inner = `${indent}  `;
    const lines = entries.map(([key, item]) => {
      const head = `${inner}${JSON.stringify(key)}: `;
      return `${head}${print(item, inner, head.length, width)}`;
    });
    return `{\n${lines.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function printArray(items: unknown[], indent: string, used: number, width: number): string {
  if (items.length === 0) return "[]";
  const flat = items.every((item) => typeof item !== "object" || item === null);
  const oneLine = `[${items.map((item) => JSON.stringify(item)).join(", ")}]`;
  // The trailing comma after a member counts against the width too.
  if (flat && used + oneLine.length + 1 <= width) return oneLine;
  const inner = `${indent}  `;
  return `[\n${items.map((item) => `${inner}${print(item, inner, inner.length, width)}`).join(",\n")}\n${indent}]`;
}
