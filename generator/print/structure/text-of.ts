import type { WriterFunction } from "ts-morph";

/**
 * The text of a structure property. Emitters give text, never writer callbacks: printing
 * a callback would need ts-morph's writer, which the generator no longer loads.
 */
export function textOf(value: string | WriterFunction | undefined, what: string): string {
  if (value === undefined) return "";
  if (typeof value !== "string")
    throw new Error(`The structure printer takes text, not a writer function, for ${what}.`);
  return value;
}

/** The same for a list that ts-morph also accepts as one value. */
export function listOf<T>(value: T | readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}
