import type { SpecSource } from "../diagnostics/index.js";

/**
 * Places diagnostics about the converted document in the upstream Swagger 2.0 file they came
 * from, since the converted text is not written when it has errors. Schemas moved from
 * `definitions`, and response schemas lost their media-type level; anything else that moved
 * is placed at its nearest ancestor by `formatDiagnostic`.
 */
export function upstreamSource(upstream: SpecSource): SpecSource {
  return {
    path: upstream.path,
    locate: (pointer) => upstream.locate(toUpstreamPointer(pointer)),
  };
}

/** "#/components/schemas/Room/type" -> "#/definitions/Room/type", and similar moves. */
export function toUpstreamPointer(pointer: string): string {
  return pointer
    .replace(/^#\/components\/schemas\//, "#/definitions/")
    .replace(/^(#\/paths\/[^/]+\/[^/]+\/responses\/[^/]+)\/content\/[^/]+\//, "$1/")
    .replace(/^(#\/paths\/[^/]+\/[^/]+)\/requestBody(\/.*)?$/, "$1/parameters");
}
