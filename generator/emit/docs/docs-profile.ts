import type { OperationDef } from "../../ir/types.js";
import type { ExampleStrings } from "./example-value.js";
import type { ReadmeContext } from "./readme-examples.js";

/**
 * What the package's docs say about the API beyond its operations: how to authenticate,
 * where requests go, the values examples use. The neutral profile reads them from the spec's
 * servers and security schemes; a vendor's profile (the Genesys one in `generator/genesys/`)
 * writes its own.
 */
export interface DocsProfile {
  /** README sections after Install: how to authenticate, and where requests go. */
  readonly setupSections: (context: ReadmeContext) => readonly string[];
  /** README sections after the others, before the reference (a migration guide, say). */
  readonly closingSections: (context: ReadmeContext) => readonly string[];
  /** The options every README example creates its client with (`accessToken: "..."`); "" for none. */
  readonly clientOptions: string;
  /** The options the example of each method on the API pages creates its client with. */
  readonly exampleClientOptions: string;
  /** Realistic strings by parameter or property name, tried before the neutral ones. */
  readonly exampleStrings: ExampleStrings;
  /** The API pages' sentence on what paths are relative to. */
  readonly basePathNote: string;
  /** What the README's errors section says the `correlationId` is. */
  readonly correlationNote: string;
  /** The line a method's section gives the credentials it needs; undefined for none. */
  readonly securityNote: (op: OperationDef) => string | undefined;
}

/** `new ApiClient({ ...options })`, or `new ApiClient()` when there are none. */
export function newClient(...options: readonly string[]): string {
  const given = options.filter((option) => option !== "");
  return given.length === 0 ? "new ApiClient()" : `new ApiClient({ ${given.join(", ")} })`;
}
