// Summary statistics for repeated measurements. Medians, not means: one
// run disturbed by another process on a shared machine must not move the result.

/** Median of a list of numbers (mean of the two middle values for even lengths); NaN when empty. */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** { median, min, max, runs } of a list of numbers. */
export function summarize(values) {
  return {
    median: median(values),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
    runs: values.length,
  };
}

/**
 * Median of the run-by-run ratios ours[i] / peer[i]. Runs are interleaved, so
 * run i of both tools saw the same machine load; pairing them cancels that load.
 */
export function pairedRatio(ours, peer) {
  const count = Math.min(ours.length, peer.length);
  const ratios = [];
  for (let i = 0; i < count; i++) ratios.push(ours[i] / peer[i]);
  return median(ratios);
}

/** Formats a number with a fixed number of decimals, or "n/a" when it is not finite. */
export function fixed(value, decimals = 2) {
  return Number.isFinite(value) ? value.toFixed(decimals) : "n/a";
}
