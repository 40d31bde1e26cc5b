/**
 * Settles with `task`, or rejects with the signal's reason as soon as it is aborted, whichever comes
 * first: one caller stops waiting for work that goes on without it (a fetch shared by several callers,
 * a model call that takes no signal), which then ends on its own timeout.
 */
export function abortable<T>(task: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return task;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    task.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}
