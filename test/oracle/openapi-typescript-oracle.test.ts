import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { type Rendered, renderSpec } from "../helpers/render.js";
import { typecheck, writeTree } from "../helpers/typecheck.js";

/**
 * An independent oracle: openapi-typescript maps the same spec on its own. For every
 * component schema, our model and its `components["schemas"][Name]` must be mutually
 * assignable, so a wrong mapping on our side (a lost `required`, a wrong enum, a map typed
 * as an object) fails the type-check.
 */
const SPECS = [
  ["chat", "spec/chat.openapi.yaml"],
  ["enum-inline", "test/fixtures/specs/enum-inline.yaml"],
  ["composition", "test/fixtures/specs/composition.yaml"],
] as const;

/**
 * "same": mutually assignable; "wider": every value openapi-typescript's type takes, ours takes
 * too (our response enums are open to values a server adds later; theirs are not).
 */
function checkFile(rendered: Rendered, relation: "same" | "wider" = "same"): string {
  const lines = [
    'import type { components } from "./oracle.js";',
    'import type * as Ours from "./src/models/index.js";',
    relation === "same"
      ? "type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;"
      : "type Same<A, B> = [B] extends [A] ? true : false;",
  ];
  for (const model of rendered.api.models) {
    // Hoisted inline types have no entry under components/schemas.
    if (model.specPointer !== `#/components/schemas/${model.schemaName}`) continue;
    lines.push(
      `export const ${model.name}: Same<Ours.${model.name}, components["schemas"][${JSON.stringify(model.schemaName)}]> = true;`,
    );
  }
  return lines.join("\n");
}

async function oracleErrors(
  name: string,
  rendered: Rendered,
  specPath: string,
  relation: "same" | "wider" = "same",
): Promise<string[]> {
  const root = await writeTree(`oracle-${name}`, rendered.files);
  const oracle = astToString(await openapiTS(pathToFileURL(resolve(specPath))));
  await writeFile(join(root, "oracle.ts"), oracle);
  await writeFile(join(root, "check.ts"), checkFile(rendered, relation));
  return typecheck([join(root, "check.ts")]);
}

describe.each(SPECS)("our %s models agree with openapi-typescript", (name, specPath) => {
  let rendered: Rendered;
  beforeAll(async () => {
    rendered = await renderSpec(specPath, { closedEnums: true });
  });

  it("are mutually assignable with components.schemas, schema by schema (enums closed)", async () => {
    const checked = rendered.api.models.filter((m) => m.specPointer === `#/components/schemas/${m.schemaName}`);
    expect(checked.length).toBeGreaterThan(0);
    expect(await oracleErrors(name, rendered, specPath)).toEqual([]);
  });

  it("take every value openapi-typescript's do when response enums are open (the default)", async () => {
    expect(await oracleErrors(`${name}-open`, await renderSpec(specPath), specPath, "wider")).toEqual([]);
  });
});

describe("the oracle", () => {
  it("catches a model we would map wrongly (a required property made optional)", async () => {
    const rendered = await renderSpec("spec/chat.openapi.yaml", { closedEnums: true });
    const broken: Rendered = {
      ...rendered,
      files: rendered.files.map((f) =>
        f.path === "src/models/chat-message-response.ts"
          ? { ...f, text: f.text.replace("  id: string;", "  id?: string;") }
          : f,
      ),
    };
    const errors = await oracleErrors("broken", broken, "spec/chat.openapi.yaml");
    const lines = checkFile(broken).split("\n");
    const disagreeing = errors
      .map((e) => /check\.ts\((\d+),/.exec(e)?.[1])
      .map((n) => /const (\w+):/.exec(lines[Number(n) - 1] ?? "")?.[1]);
    // The listing holds the message, so it disagrees too.
    expect(disagreeing).toEqual(["ChatMessageEntityListing", "ChatMessageResponse"]);
  });
});
