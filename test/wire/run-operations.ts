import { buildArguments, type CallArguments } from "./call-arguments.js";
import { compareOutcomes, type CallOutcome, type Mismatch } from "./compare-exchange.js";
import type { GeneratedClient } from "./generated-client.js";
import type { PlatformSpec, SpecOperation } from "./platform-spec.js";
import type { RecordingServer } from "./recording-server.js";
import { cannedResponse } from "./sample-response.js";
import type { ValueStyle } from "./sample-values.js";
import { methodOf, type AnyMethod, type ApiClass, type Sdk } from "./sdk-client.js";
import { readSdkSignature, type SdkSignature } from "./sdk-signature.js";
import type { QuirkContext } from "./tolerated-quirks.js";

/** Everything one comparison needs: the spec, both clients and the server they talk to. */
export interface WireContext {
  readonly spec: PlatformSpec;
  readonly sdk: Sdk;
  readonly ours: GeneratedClient;
  readonly server: RecordingServer;
}

/** The outcome of calling one operation through both clients. */
export interface CaseResult {
  readonly operationId: string;
  readonly style: ValueStyle;
  readonly mismatches: readonly Mismatch[];
  /** The SDK quirks set aside for this call (see tolerated-quirks.ts). */
  readonly tolerated: readonly string[];
}

/** A method and the API class instance to call it on. */
interface Target {
  readonly method: AnyMethod;
  readonly instance: object;
}

/** Calls `op` through the SDK and then through our client with the same arguments, and compares. */
export async function runCase(context: WireContext, op: SpecOperation, style: ValueStyle): Promise<CaseResult> {
  const { spec, sdk, ours, server } = context;
  const sdkTarget = findTarget({ classes: sdk.classes, client: sdk.client, op, anyClass: false });
  if (!sdkTarget) throw new Error(`The SDK has no ${op.operationId} on ${op.tags.join(", ")}.`);
  const signature = readSdkSignature(sdkTarget.method);
  const ourTarget = findTarget({ classes: ours.classes, client: ours.client, op, anyClass: true });
  if (!ourTarget) {
    const detail = `no ${op.operationId} on any class (tags ${op.tags.join(", ")})`;
    const mismatches = [{ category: "missing method", detail } as const];
    return { operationId: op.operationId, style, mismatches, tolerated: [] };
  }
  server.respondWith(cannedResponse(spec, op));
  // Built twice, so neither client can see what the other did to its arguments.
  const sdkArguments = buildArguments({ spec, op, signature, style });
  const sdkOutcome = await callOnce(server, sdkTarget, sdkArguments);
  const ourOutcome = await callOnce(server, ourTarget, buildArguments({ spec, op, signature, style }));
  const quirks = quirkContext({ op, signature, args: sdkArguments, style });
  return {
    operationId: op.operationId,
    style,
    ...compareOutcomes(sdkOutcome, ourOutcome, quirks),
  };
}

interface QuirkInput {
  readonly op: SpecOperation;
  readonly signature: SdkSignature;
  readonly args: CallArguments;
  readonly style: ValueStyle;
}

function quirkContext({ op, signature, args, style }: QuirkInput): QuirkContext {
  const arrayQueries = op.params.filter((param) => param.in === "query" && param.type === "array");
  const body = signature.bindings.find((binding) => binding.location === "body");
  let bodyValue: unknown;
  if (body?.fromOpts) bodyValue = args.opts[body.sdkName];
  else if (body) bodyValue = args.positional[signature.positional.indexOf(body.sdkName)];
  return {
    style,
    arrayQueryKeys: new Set(arrayQueries.map((param) => param.name)),
    bodyGiven: bodyValue !== undefined && bodyValue !== null,
  };
}

interface TargetQuery {
  readonly classes: ReadonlyMap<string, ApiClass>;
  readonly client: unknown;
  readonly op: SpecOperation;
  /** Our client: any class that has the method will do (the reachability tests report where). */
  readonly anyClass: boolean;
}

/** The method on the class of the operation's first tag that has it. */
function findTarget({ classes, client, op, anyClass }: TargetQuery): Target | undefined {
  const preferred = op.tags.map((tag) => `${tag}Api`);
  for (const className of anyClass ? [...preferred, ...classes.keys()] : preferred) {
    const apiClass = classes.get(className);
    const method = methodOf(apiClass, op.operationId);
    if (apiClass && method) return { method, instance: new apiClass(client) };
  }
  return undefined;
}

async function callOnce(server: RecordingServer, target: Target, args: CallArguments): Promise<CallOutcome> {
  server.take();
  try {
    const value = await target.method.call(target.instance, ...args.positional, args.opts);
    return { requests: server.take(), value, error: undefined };
  } catch (error) {
    return { requests: server.take(), value: undefined, error: describeError(error) };
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return typeof error === "string" ? error : JSON.stringify(error);
}
