import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderSpec } from "../helpers/render.js";
import { typecheck, writeTree } from "../helpers/typecheck.js";

const SPEC = join("test", "fixtures", "specs", "discriminated-unions.yaml");

/**
 * Code a caller writes against the generated models: each check on the discriminator narrows
 * the union, so the member's own properties are there, and another member's are not
 * (`@ts-expect-error` fails the check if they were).
 */
const CALLER = `
import type { Animal, Cat, Dog, Event, Shape } from "./src/models/index.js";

export function area(shape: Shape): number {
  if (shape.kind === "circle" || shape.kind === "round") {
    // @ts-expect-error a circle has no side
    shape.side;
    return Math.PI * shape.radius ** 2;
  }
  const square: "square" = shape.kind;
  return square.length * shape.side ** 2;
}

export function describeEvent(event: Event): string {
  if (event.type === "Started") return event.at;
  // @ts-expect-error a stopped event has no start time
  event.at;
  return event.reason;
}

export function lives(cat: Cat, dog: Dog, animal: Animal): number {
  const species: "cat" = cat.species;
  const dogSpecies: "Dog" = dog.species;
  // @ts-expect-error a cat's species is "cat", not any string
  const wrong: Cat = { species: "dog" };
  return species.length + dogSpecies.length + animal.species.length + (wrong ? 0 : 1) + (cat.lives ?? 9);
}
`;

describe("a discriminated union", () => {
  let root = "";
  beforeAll(async () => {
    const rendered = await renderSpec(SPEC);
    root = await writeTree("discriminated-unions", rendered.files);
    await writeFile(join(root, "caller.ts"), CALLER);
  });

  it("narrows on its discriminator, in code a caller writes", () => {
    expect(typecheck([join(root, "caller.ts")])).toEqual([]);
  });
});
