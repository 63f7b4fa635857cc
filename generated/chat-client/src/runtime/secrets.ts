/**
 * Keeps credentials out of the errors the runtime throws and the lines it logs: a fetch
 * failure may quote a header value (an invalid one, say), an error body may echo an API
 * key, and a key sent in the query is part of the URL.
 */

const REDACTED = "[redacted]";

/** A request's headers, and the credentials the client applied to it (API keys included). */
interface Carrier {
  readonly headers: Readonly<Record<string, string>>;
  readonly secrets?: readonly string[] | undefined;
}

/** The secret strings a request carries: its Authorization value, the credential in it, and the ones applied. */
export function secretsOf({ headers, secrets = [] }: Carrier): string[] {
  const value = headers.authorization;
  // Short strings ("Bearer" alone, say) would redact ordinary words, not secrets.
  const fromHeader = value
    ? [value, value.replace(/^\S+\s+/, "")].filter((secret) => secret.length >= 8)
    : [];
  // Longest first, so a secret that contains another is replaced whole.
  return [...fromHeader, ...secrets.filter((secret) => secret !== "")].sort(
    (a, b) => b.length - a.length,
  );
}

/** `text` with every secret replaced by "[redacted]". */
export const redact = (text: string, secrets: readonly string[]): string =>
  secrets.reduce((out, secret) => out.split(secret).join(REDACTED), text);

/**
 * `error` itself when nothing in it (message, stack, cause chain) quotes a secret;
 * otherwise a copy with each secret replaced, keeping its name and `code`.
 */
export function withoutSecrets(error: unknown, secrets: readonly string[], depth = 0): unknown {
  if (secrets.length === 0 || depth > 8) return error;
  if (typeof error === "string") return redact(error, secrets);
  if (!(error instanceof Error)) return error;
  const cause = withoutSecrets(error.cause, secrets, depth + 1);
  const text = `${error.message}\n${error.stack ?? ""}`;
  if (cause === error.cause && !secrets.some((secret) => text.includes(secret))) return error;
  const copy = new Error(redact(error.message, secrets), cause === undefined ? {} : { cause });
  copy.name = error.name;
  copy.stack = redact(error.stack ?? "", secrets);
  const { code } = error as { code?: unknown };
  if (typeof code === "string") Object.assign(copy, { code });
  return copy;
}
