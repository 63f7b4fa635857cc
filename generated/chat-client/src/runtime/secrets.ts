/**
 * Keeps credentials out of the errors the runtime throws: a fetch failure may quote
 * a header value (an invalid one, say), and the error keeps the failure as `cause`.
 */

const REDACTED = "[redacted]";

/** The secret strings a request carries: its Authorization value and the credential in it. */
export function secretsOf(headers: Readonly<Record<string, string>>): string[] {
  const value = headers.authorization;
  if (!value) return [];
  // Short strings ("Bearer" alone, say) would redact ordinary words, not secrets.
  return [value, value.replace(/^\S+\s+/, "")].filter((secret) => secret.length >= 8);
}

const redact = (text: string, secrets: readonly string[]): string =>
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
