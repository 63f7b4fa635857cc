import { createRequire } from "node:module";

/**
 * The `yaml` package, loaded on first use. It keeps node positions (located diagnostics) and
 * writes the spec (update-spec), but a plain generation needs neither, and loading it costs
 * a noticeable share of a small generation's start-up.
 */
export function yamlPackage(): typeof import("yaml") {
  return createRequire(import.meta.url)("yaml") as typeof import("yaml");
}
