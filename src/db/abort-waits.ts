/**
 * Waits that end when a run's AbortSignal aborts, all behind one 'abort' listener per signal.
 * A run waits in many places at once (every target polling for its lock, every lease waiting for
 * a connection slot, every lock-retry backoff): one listener each would pass Node's limit of 10
 * per EventTarget at the default concurrency and print MaxListenersExceededWarning, although
 * each wait removes its own when it ends. Here the signal holds one listener while any wait is
 * registered, and none once they have all ended.
 */

interface Registered {
  callbacks: Set<() => void>;
  listener: () => void;
}

const registered = new WeakMap<AbortSignal, Registered>();

/**
 * Calls `callback` once when `signal` aborts (at once, in a microtask, if it already has); the
 * returned function unregisters it. Every callback of a signal shares one listener.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  if (signal.aborted) {
    let cancelled = false;
    queueMicrotask(() => {
      if (!cancelled) callback();
    });
    return () => {
      cancelled = true;
    };
  }
  let entry = registered.get(signal);
  if (!entry) {
    const callbacks = new Set<() => void>();
    const listener = () => {
      registered.delete(signal);
      for (const each of [...callbacks]) each();
      callbacks.clear();
    };
    entry = { callbacks, listener };
    registered.set(signal, entry);
    signal.addEventListener('abort', listener, { once: true });
  }
  const { callbacks, listener } = entry;
  callbacks.add(callback);
  return () => {
    if (!callbacks.delete(callback) || callbacks.size > 0 || registered.get(signal)?.listener !== listener) return;
    registered.delete(signal);
    signal.removeEventListener('abort', listener);
  };
}

/** The error an aborted wait rejects with: named AbortError, as node:timers/promises names its own. */
export function abortError(signal: AbortSignal): Error {
  const error = new Error('The operation was aborted', { cause: signal.reason });
  error.name = 'AbortError';
  return error;
}

/** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (!signal) return new Promise((resolve) => setTimeout(resolve, ms));
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      resolve();
    }, ms);
    const stop = onAbort(signal, () => {
      clearTimeout(timer);
      reject(abortError(signal));
    });
  });
}
