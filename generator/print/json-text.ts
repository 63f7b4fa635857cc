/**
 * JSON as prettier prints it: objects always open, arrays of primitives on one line when
 * they fit in the print width, otherwise one item per line.
 */
export function jsonText(value: unknown, width: number): string {
  return `${print(value, { indent: "", used: 0, width, comma: 0 })}\n`;
}

interface Place {
  readonly indent: string;
  /** Columns already taken on the line before the value. */
  readonly used: number;
  readonly width: number;
  /** 1 when a comma follows the value (it counts against the width), else 0. */
  readonly comma: number;
}

function print(value: unknown, place: Place): string {
  if (Array.isArray(value)) return printArray(value, place);
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const inner = `${place.indent}  `;
    const lines = entries.map(([key, item], i) => {
      const head = `${inner}${JSON.stringify(key)}: `;
      return `${head}${print(item, { ...place, indent: inner, used: head.length, comma: i < entries.length - 1 ? 1 : 0 })}`;
    });
    return `{\n${lines.join(",\n")}\n${place.indent}}`;
  }
  return JSON.stringify(value);
}

function printArray(items: unknown[], place: Place): string {
  if (items.length === 0) return "[]";
  const flat = items.every((item) => typeof item !== "object" || item === null);
  const oneLine = `[${items.map((item) => JSON.stringify(item)).join(", ")}]`;
  // JSON has no trailing commas: only a comma before the next member counts against the width.
  if (flat && place.used + oneLine.length + place.comma <= place.width) return oneLine;
  const inner = `${place.indent}  `;
  const lines = items.map(
    (item, i) =>
      `${inner}${print(item, { ...place, indent: inner, used: inner.length, comma: i < items.length - 1 ? 1 : 0 })}`,
  );
  return `[\n${lines.join(",\n")}\n${place.indent}]`;
}
