type Listener = () => void;

// One "abort" listener per caller signal, fanning out to the calls that use it: a
// signal shared by many concurrent calls would otherwise collect a listener per call
// and make Node print MaxListenersExceededWarning past ten. Weak, so signals are freed.
const subscribers = new WeakMap<AbortSignal, Set<Listener>>();

/** Runs `listener` when `signal` aborts; returns the function that unsubscribes it. */
export function onAbort(signal: AbortSignal, listener: Listener): () => void {
  let listeners = subscribers.get(signal);
  if (!listeners) {
    const created = new Set<Listener>();
    listeners = created;
    subscribers.set(signal, created);
    const fire = (): void => {
      subscribers.delete(signal);
      for (const each of created) each();
    };
    signal.addEventListener("abort", fire, { once: true });
  }
  const own = listeners;
  own.add(listener);
  return () => void own.delete(listener);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts; no timer outlives it. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const off = signal
      ? onAbort(signal, () => {
          clearTimeout(timer);
          reject(signal.reason);
        })
      : undefined;
    const timer = setTimeout(() => {
      off?.();
      resolve();
    }, ms);
  });
}

/**
 * Settles with `work`, or rejects as soon as `signal` aborts, so a fetch that
 * ignores its signal cannot keep the caller waiting.
 */
export function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    const settle = (): void => signal.removeEventListener("abort", onAbort);
    work.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}
