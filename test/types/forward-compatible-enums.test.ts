import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderSpec } from "../helpers/render.js";
import { typecheck, writeTree } from "../helpers/typecheck.js";

const SPEC = join("test", "fixtures", "specs", "forward-compatible-enums.yaml");

/** Code a caller writes: a value the API adds later type-checks where a response carries it. */
const CALLER = `
import type { NewOrder, Order, OrderKind, OrderLevel, Problem } from "./src/models/index.js";

export function describe(order: Order, problem: Problem): string {
  switch (order.status) {
    case "active":
      return "active";
    case "shipped":
      return "shipped";
    default: {
      // @ts-expect-error a value the API adds later reaches here, so it is not never
      const unreachable: never = order.status;
      return String(unreachable) + (problem.code ?? "");
    }
  }
}

export const later: Order = { status: "returned", kind: "order", level: 4, channel: "mail" };
export const problem: Problem = { code: "throttled" };
// @ts-expect-error a one-value enum is a tag: it stays closed
export const kind: OrderKind = "invoice";
export const level: OrderLevel = 7;
// @ts-expect-error an enum only requests use stays closed
export const priority: NewOrder["priority"] = "urgent";
// @ts-expect-error a boolean enum stays closed
export const flag: Order["flag"] = "maybe";
`;

describe("enums a response can carry", () => {
  let root = "";
  beforeAll(async () => {
    root = await writeTree("forward-compatible-enums", (await renderSpec(SPEC)).files);
    await writeFile(join(root, "caller.ts"), CALLER);
  });

  it("take values the API adds later, while request-only enums, tags and booleans stay closed", () => {
    expect(typecheck([join(root, "caller.ts")])).toEqual([]);
  });

  it("stay closed with closedEnums", async () => {
    const closed = await writeTree(
      "forward-compatible-enums-closed",
      (await renderSpec(SPEC, { closedEnums: true })).files,
    );
    await writeFile(join(closed, "caller.ts"), CALLER);
    expect(typecheck([join(closed, "caller.ts")]).length).toBeGreaterThan(0);
  });
});
