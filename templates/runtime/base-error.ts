/**
 * The root of every error the runtime throws, so one `instanceof GenesysCloudError`
 * catches them all, and the operation id, attempts and correlation id are read in
 * one place.
 */

// A registry symbol is the same in every copy of this module: the ESM and the
// CommonJS build of the package, or two bundles, recognise each other's errors.
const KINDS = Symbol.for("chatgen.runtime.error-kinds");

/** What every error knows about the call it ends. */
export interface BaseErrorInit {
  /** The operationId, or the client method (such as "loginClientCredentialsGrant"). */
  readonly operationId: string;
  /** Attempts sent before the failure; 0 when nothing was sent. */
  readonly attempts: number;
  /** The response headers, when a response arrived. */
  readonly headers?: Headers | undefined;
  readonly cause?: unknown;
}

type ErrorClass = { readonly kind?: string };

/** The kinds of a class and of its ancestors, read from their own static `kind`. */
function kindsOf(target: unknown): string[] {
  const kinds: string[] = [];
  for (let c = target as ErrorClass | null; c && c !== Error; c = Object.getPrototypeOf(c)) {
    if (Object.hasOwn(c, "kind") && c.kind) kinds.push(c.kind);
  }
  return kinds;
}

export class GenesysCloudError extends Error {
  /** The class's identity across copies of the runtime; each subclass declares its own. */
  static readonly kind: string = "GenesysCloudError";
  override name = "GenesysCloudError";
  readonly operationId: string;
  readonly attempts: number;
  /** The `inin-correlation-id` response header: quote it to Genesys support. */
  readonly correlationId: string | undefined;

  constructor(message: string, init: BaseErrorInit) {
    // An own `cause: undefined` would print in util.inspect; leave it out instead.
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.operationId = init.operationId;
    this.attempts = init.attempts;
    this.correlationId = init.headers?.get("inin-correlation-id") ?? undefined;
    Object.defineProperty(this, KINDS, { value: kindsOf(new.target) });
  }

  /**
   * `instanceof` by kind rather than by prototype, so an error thrown by the CommonJS
   * build is an instance of the ESM build's class too (the dual-package hazard).
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    // A caller's own subclass has no kind of its own: plain prototype rules apply to it.
    if (!Object.hasOwn(this, "kind") || typeof value !== "object" || value === null) return false;
    const kinds = (value as { [KINDS]?: unknown })[KINDS];
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }

  /** The fields worth logging; never a request header, a body sent, or a cause. */
  toJSON(): Record<string, unknown> {
    const { name, message, operationId, attempts, correlationId } = this;
    return { name, message, operationId, attempts, correlationId };
  }
}
