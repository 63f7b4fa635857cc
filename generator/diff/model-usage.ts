import { reachableModels as reach } from "../ir/type-refs.js";
import type { ApiDef } from "../ir/types.js";

/** Which way a model travels: callers build requests from it, read responses as it, or both. */
export type ModelUsage = "request" | "response" | "both" | "none";

/**
 * Every model's usage, following references transitively. It decides whether adding a
 * required property breaks callers (only when they must now send it).
 */
export function modelUsage(api: ApiDef): Map<string, ModelUsage> {
  const models = new Map(api.models.map((model) => [model.name, model]));
  const operations = api.resources.flatMap((resource) => resource.operations);
  const sent = reach(
    operations.flatMap((op) => [
      ...(op.body ? [op.body.type] : []),
      ...[...op.pathParams, ...op.queryParams, ...op.headerParams].map((p) => p.type),
    ]),
    models,
  );
  const received = reach(
    operations.map((op) => op.result),
    models,
  );
  const usage = new Map<string, ModelUsage>();
  for (const name of models.keys()) {
    const inRequest = sent.has(name);
    const inResponse = received.has(name);
    usage.set(name, inRequest && inResponse ? "both" : inRequest ? "request" : inResponse ? "response" : "none");
  }
  return usage;
}
