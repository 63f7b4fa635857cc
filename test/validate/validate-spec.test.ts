import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadSpec, parseSpec, SpecLoadError } from "../../generator/load/load-spec.js";
import { formatDiagnostic } from "../../generator/diagnostics/index.js";
import { validateSpec } from "../../generator/validate/validate-spec.js";

describe("validateSpec on the project spec", () => {
  it("finds no errors, only the three template-identical path pairs upstream really has", async () => {
    const spec = await loadSpec(fileURLToPath(new URL("../../spec/chat.openapi.yaml", import.meta.url)));
    const diagnostics = validateSpec(spec);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      "identical-path-templates",
      "identical-path-templates",
      "identical-path-templates",
    ]);
  });
});

describe("locate and formatDiagnostic", () => {
  const text = [
    "openapi: 3.0.3",
    "responses:",
    '  "200":',
    "    description: ok",
    "  404:",
    "    description: gone",
    "",
  ].join("\n");
  const spec = parseSpec("inline.yaml", text);

  it("finds quoted and unquoted numeric keys alike, at the key of a block map", () => {
    expect(spec.locate("#/responses/200")).toEqual({ line: 3, column: 3 });
    expect(spec.locate("#/responses/404")).toEqual({ line: 5, column: 3 });
    expect(spec.locate("#/responses/404/description")).toEqual({ line: 6, column: 18 });
  });

  it("places a pointer to something missing at its nearest existing ancestor", () => {
    const line = formatDiagnostic(
      {
        severity: "error",
        code: "dangling-ref",
        message: "Something is missing.",
        specPointer: "#/responses/404/content",
      },
      spec,
    );
    expect(line).toBe("inline.yaml:5:3: error dangling-ref at #/responses/404/content: Something is missing.");
  });

  it("drops line and column when nothing of the pointer is in the text", () => {
    const line = formatDiagnostic(
      { severity: "warning", code: "response-missing-description", message: "Nowhere.", specPointer: "#/nothing" },
      { path: "a.yaml", locate: () => undefined },
    );
    expect(line).toBe("a.yaml: warning response-missing-description at #/nothing: Nowhere.");
  });
});

describe("loadSpec errors", () => {
  it("reports a missing file as a diagnostic, not a crash", async () => {
    const error = await loadSpec("does/not/exist.yaml").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpecLoadError);
    expect((error as SpecLoadError).diagnostic.code).toBe("unreadable-file");
    expect((error as SpecLoadError).message).toBe(
      "does/not/exist.yaml: error unreadable-file at #: The spec file cannot be read (ENOENT).",
    );
  });
});
