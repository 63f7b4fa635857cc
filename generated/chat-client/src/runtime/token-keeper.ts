import type { AccessTokenSource } from "./client-options.js";

/** After a failed early renewal, the current token is used and renewal tried again this much later. */
const RENEW_RETRY_MS = 10_000;

/** A token a login installed, with when to renew it and how. */
export interface InstalledToken {
  readonly token: string;
  readonly renewAt: number;
  readonly expiresAt: number;
  readonly renew: (() => Promise<unknown>) | undefined;
}

/**
 * Holds the access token and its renewal. What the application did last wins: every
 * `set` and every login it starts takes a new version, and a login (or a renewal)
 * installs its token only if no newer version was taken while it was in flight.
 */
export class TokenKeeper {
  #token: AccessTokenSource | undefined;
  #renew: (() => Promise<unknown>) | undefined;
  #renewAt = Infinity;
  #expiresAt = Infinity;
  #renewing: Promise<void> | undefined;
  #version = 0;

  constructor(token: AccessTokenSource | undefined) {
    this.#token = token;
  }

  /** The application's own token (or none): ends renewal and outranks any login in flight. */
  set(token: AccessTokenSource | undefined): void {
    this.#token = token;
    this.#renew = undefined;
    this.#renewAt = Infinity;
    this.#expiresAt = Infinity;
    this.#version++;
  }

  /** A new version for a login the application starts, so it outranks older ones. */
  claim(): number {
    return ++this.#version;
  }

  /** The current version, for a renewal: it yields to anything the application does meanwhile. */
  get version(): number {
    return this.#version;
  }

  /** Whether there is a token (or a way to get one) to send. */
  get holdsToken(): boolean {
    return this.#token !== undefined || this.#renew !== undefined;
  }

  /** Installs a login's token unless a newer version was taken since `version`. */
  install(version: number, installed: InstalledToken): boolean {
    if (version !== this.#version) return false;
    this.#token = installed.token;
    this.#renew = installed.renew;
    this.#renewAt = installed.renewAt;
    this.#expiresAt = installed.expiresAt;
    return true;
  }

  /** The token for the next request, renewing first when it is due. */
  token(): string | undefined | Promise<string | undefined> {
    if (this.#renew && Date.now() >= this.#renewAt) return this.#renewThenRead(this.#renew);
    return this.#read();
  }

  async #renewThenRead(renew: () => Promise<unknown>): Promise<string | undefined> {
    // Every request that finds the token due waits on this one renewal.
    this.#renewing ??= renew()
      .then(
        () => undefined,
        (error: unknown) => {
          this.#renewAt = Math.min(Date.now() + RENEW_RETRY_MS, this.#expiresAt);
          throw error;
        },
      )
      .finally(() => (this.#renewing = undefined));
    try {
      await this.#renewing;
    } catch (error) {
      // A failed early renewal is no reason to fail a call the current token can still make.
      if (Date.now() >= this.#expiresAt) throw error;
    }
    // Read once afterwards without re-checking, so a very short-lived token cannot loop.
    return this.#read();
  }

  #read(): string | undefined | Promise<string | undefined> {
    const token = this.#token;
    return typeof token === "function" ? token() : token;
  }
}
