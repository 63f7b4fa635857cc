import { describe, expect, it } from "vitest";
import { type TemplateVariable, templateVariables } from "../../generator/lib/path-template.js";

describe("templateVariables", () => {
  const cases: [name: string, { path: string; declared?: string[]; want: TemplateVariable[] }][] = [
    ["a plain slot", { path: "/rooms/{roomJid}", want: [{ raw: "roomJid", name: "roomJid", explode: false }] }],
    ["a label operator", { path: "/a{.ext}", want: [{ raw: ".ext", name: "ext", operator: ".", explode: false }] }],
    [
      "a matrix operator, exploded",
      { path: "/a{;ids*}", want: [{ raw: ";ids*", name: "ids", operator: ";", explode: true }] },
    ],
    [
      "two slots, in order",
      {
        path: "/{a}/{b}",
        want: [
          { raw: "a", name: "a", explode: false },
          { raw: "b", name: "b", explode: false },
        ],
      },
    ],
    [
      "a parameter declared as '.'",
      { path: "/p/{.}", declared: ["."], want: [{ raw: ".", name: ".", explode: false }] },
    ],
    [
      "a parameter declared as '+id'",
      { path: "/p/{+id}", declared: ["+id"], want: [{ raw: "+id", name: "+id", explode: false }] },
    ],
    [
      "an operator when the whole text is not declared",
      { path: "/p/{+id}", declared: ["id"], want: [{ raw: "+id", name: "id", operator: "+", explode: false }] },
    ],
  ];
  it.each(cases)("reads %s", (_, { path, declared, want }) => {
    expect(templateVariables(path, new Set(declared))).toEqual(want);
  });
});
