import { CATALOGUE, type DiagnosticStage } from "./catalogue.js";

const STAGES: Readonly<Record<DiagnosticStage, string>> = {
  load: "Reading the spec and the files it refers to",
  validate: "Validating the document",
  build: "Building the client",
  "update-spec": "Updating the spec from upstream",
};

/** The catalogue as a Markdown page: one table per stage, in catalogue order. */
export function cataloguePage(): string {
  const sections = (Object.keys(STAGES) as DiagnosticStage[]).map((stage) => {
    const rows = Object.entries(CATALOGUE)
      .filter(([, entry]) => entry.stage === stage)
      .map(([code, entry]) => `| \`${code}\` | ${entry.severity} | ${entry.summary.replace(/\|/g, "\\|")} |`);
    return [`## ${STAGES[stage]}`, "", "| code | severity | meaning |", "| --- | --- | --- |", ...rows].join("\n");
  });
  return [
    "# Diagnostics",
    "",
    "Every code `chatgen` reports, rendered from `generator/diagnostics/catalogue.ts`.",
    "Errors stop the run (exit code 2, nothing written); warnings are printed and fail only under `--strict`.",
    "Each line names the file, line and column, the code, the JSON pointer and one sentence.",
    "",
    ...sections.flatMap((section) => [section, ""]),
  ].join("\n");
}
