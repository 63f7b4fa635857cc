import { ArgumentError } from "./errors.js";

// RFC 7636 section 4.1: the verifier uses only these "unreserved" characters.
const UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

function checkVerifierLength(length: number, operationId: string): void {
  if (!(length >= 43 && length <= 128)) {
    throw new ArgumentError(
      operationId,
      "PKCE Code Verifier (length) must be between 43 and 128 characters",
    );
  }
}

/** A random PKCE code verifier of `nChar` (43 to 128) unreserved characters. */
export function generatePKCECodeVerifier(nChar: number): string {
  checkVerifierLength(nChar, "generatePKCECodeVerifier");
  let verifier = "";
  // 2^32 is so much larger than 66 that the modulo bias is negligible.
  for (const value of crypto.getRandomValues(new Uint32Array(nChar)))
    verifier += UNRESERVED[value % UNRESERVED.length];
  return verifier;
}

/** The S256 code challenge of a verifier: base64url(SHA-256(verifier)) without padding. */
export async function computePKCECodeChallenge(code: string): Promise<string> {
  checkVerifierLength(code.length, "computePKCECodeChallenge");
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(code)),
  );
  return base64Url(String.fromCharCode(...digest));
}

/** Base64url (RFC 4648 section 5) of a binary string, without padding. */
export function base64Url(binary: string): string {
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
