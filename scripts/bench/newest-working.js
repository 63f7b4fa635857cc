// Finds the newest release that works here without trying them all: exponential
// steps back from the newest until one works, then a binary search between the
// last failure and that success. Assumes releases break from some point on and
// stay broken (a missing dependency, a newer Node API), which is the common case.

/**
 * `versions` newest first; `works(version)` resolves to { ok, error }.
 * Resolves to { version, failures: Map<version, error>, attempts }, with version
 * undefined when nothing tried within `maxAttempts` works.
 */
export async function findNewestWorking(versions, works, maxAttempts = 10) {
  const failures = new Map();
  let attempts = 0;
  const check = async (index) => {
    attempts++;
    const result = await works(versions[index]);
    if (!result.ok) failures.set(versions[index], result.error);
    return result.ok;
  };
  const done = (index) => ({ version: versions[index], failures, attempts });
  if (versions.length === 0) return done(-1);
  if (await check(0)) return done(0);
  let bad = 0;
  let good = -1;
  for (let step = 1; bad < versions.length - 1 && attempts < maxAttempts; step *= 2) {
    const index = Math.min(bad + step, versions.length - 1);
    if (await check(index)) {
      good = index;
      break;
    }
    bad = index;
  }
  if (good < 0) return done(-1);
  while (good - bad > 1 && attempts < maxAttempts) {
    const middle = Math.floor((bad + good) / 2);
    if (await check(middle)) good = middle;
    else bad = middle;
  }
  return done(good);
}
