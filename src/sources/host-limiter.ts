import { SourceError } from '../errors.js';

export interface SlotOptions {
  /**
   * When the caller's time for this request runs out (a Date.now() instant). Waiting for a slot spends
   * the same budget as the request itself, so a request still queued then fails instead of waiting on.
   */
  deadline?: number | undefined;
  /** The caller giving up: a queued request leaves the queue at once with the signal's reason. */
  signal?: AbortSignal | undefined;
}

interface Waiter {
  /** Hands this waiter the slot a finished request leaves (the running count does not change). */
  grant(): void;
}

interface HostState {
  running: number;
  waiting: Waiter[];
}

/**
 * At most `perHost` requests at a time to one host, whoever asks: politeness toward the sites we
 * read, and no way for one user to make the bot hammer a site. At most `maxWaiting` more wait for a
 * slot: past that a request is refused at once, since one stalled site would otherwise hold a queue
 * that grows without end. Idle hosts are forgotten.
 */
export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly perHost: number,
    private readonly maxWaiting = Number.POSITIVE_INFINITY,
  ) {}

  async run<T>(host: string, task: () => Promise<T>, options: SlotOptions = {}): Promise<T> {
    options.signal?.throwIfAborted();
    let state = this.hosts.get(host);
    if (!state) {
      state = { running: 0, waiting: [] };
      this.hosts.set(host, state);
    }
    if (state.running < this.perHost) state.running++;
    else await this.wait(host, state, options);
    try {
      return await task();
    } finally {
      this.release(host, state);
    }
  }

  /** Requests to `host` running and queued: what a caller would wait behind. */
  pending(host: string): { running: number; waiting: number } {
    const state = this.hosts.get(host);
    return { running: state?.running ?? 0, waiting: state?.waiting.length ?? 0 };
  }

  private wait(host: string, state: HostState, { deadline, signal }: SlotOptions): Promise<void> {
    if (state.waiting.length >= this.maxWaiting) {
      throw SourceError.of('hostBusy', { host, n: state.waiting.length });
    }
    const left = deadline === undefined ? Number.POSITIVE_INFINITY : deadline - Date.now();
    if (left <= 0) throw slow(host, state.running + state.waiting.length);
    return new Promise<void>((resolve, reject) => {
      const leave = (error: unknown) => {
        // Counted before leaving: the requests this one waited behind.
        const ahead = state.running + state.waiting.indexOf(waiter);
        state.waiting.splice(state.waiting.indexOf(waiter), 1);
        done();
        reject(error ?? slow(host, ahead));
      };
      const onAbort = () => leave(signal!.reason);
      const timer = Number.isFinite(left) ? setTimeout(() => leave(undefined), left) : undefined;
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const waiter: Waiter = {
        grant: () => {
          done();
          resolve();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      state.waiting.push(waiter);
    });
  }

  private release(host: string, state: HostState): void {
    const next = state.waiting.shift();
    // The slot passes straight to the next in line, so no newcomer can slip in between and exceed perHost.
    if (next) return next.grant();
    state.running--;
    if (state.running === 0) this.hosts.delete(host);
  }
}

function slow(host: string, ahead: number): SourceError {
  return SourceError.of('hostSlow', { host, n: ahead });
}
