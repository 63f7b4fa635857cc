/**
 * TEST-ONLY: deterministic interrupt points for the atomic write.
 *
 * When the environment variable CHATGEN_TEST_FAIL_POINT names a point, the write stops
 * there, prints `chatgen-fail-point <name>` to stderr and waits forever, so a test can
 * SIGKILL the process at exactly that moment and check what is left on disk. Unset (always,
 * outside the interrupt test) it costs one lookup and does nothing.
 */
export type FailPoint = "before-staging" | "mid-staging" | "before-swap" | "between-renames" | "after-swap";

export const FAIL_POINT_ENV = "CHATGEN_TEST_FAIL_POINT";

/** Stops here forever when the test asked for this point; returns at once otherwise. */
export async function failPoint(name: FailPoint): Promise<void> {
  if (process.env[FAIL_POINT_ENV] !== name) return;
  process.stderr.write(`chatgen-fail-point ${name}\n`);
  // A pending timer keeps the event loop alive until the test's SIGKILL arrives.
  await new Promise<never>(() => setInterval(() => undefined, 60_000));
}
