import { english, UserError } from '../errors.js';

/** Said to anyone who asks for work while the bot is shutting down. */
export class RestartingError extends UserError {
  override readonly name = 'RestartingError';
  constructor() {
    super(english('restarting'), { key: 'restarting' });
  }
}

interface Work {
  startedAt: number;
  done: Promise<unknown>;
  /** Tells the user their work was cut short (their reply says so); called only after the grace period. */
  interrupt: () => Promise<void>;
}

/**
 * The work in flight, so a shutdown can refuse new work, let what runs finish for a grace period,
 * and tell the owners of whatever is left that it was interrupted.
 */
export class Lifecycle {
  private readonly work = new Map<string, Work>();
  private readonly interruptedIds = new Set<string>();
  private readonly stopped = new AbortController();
  private stopping = false;

  /**
   * Aborted when the grace period is over: the work still running stops (its progress edits with it)
   * before its owner is told it was interrupted, and before the store is closed under it.
   */
  get signal(): AbortSignal {
    return this.stopped.signal;
  }

  /** Whether `id` was cut short by a shutdown: its owner was told, nothing more is to be said. */
  wasInterrupted(id: string): boolean {
    return this.interruptedIds.has(id);
  }

  get accepting(): boolean {
    return !this.stopping;
  }

  get inFlight(): number {
    return this.work.size;
  }

  /**
   * Runs `task` as tracked work under `id`. Throws RestartingError at once when shutting down, so the
   * error boundary answers "restarting, try again in a minute" before anything is started.
   */
  run<T>(id: string, task: () => Promise<T>, interrupt: () => Promise<void>): Promise<T> {
    if (this.stopping) return Promise.reject(new RestartingError());
    const done = task();
    const entry: Work = { startedAt: Date.now(), done: done.catch(() => undefined), interrupt };
    this.work.set(id, entry);
    void entry.done.then(() => {
      if (this.work.get(id) === entry) this.work.delete(id);
    });
    return done;
  }

  /** Milliseconds since the work `id` started, if it is tracked. */
  elapsed(id: string): number | undefined {
    const work = this.work.get(id);
    return work && Date.now() - work.startedAt;
  }

  /**
   * Refuses new work, waits up to `graceMs` for the work in flight, then interrupts what is left
   * (each owner told, in parallel, for at most 5 s). Resolves with how many finished and how many not.
   */
  async drain(graceMs: number): Promise<{ finished: number; interrupted: number }> {
    this.stopping = true;
    const started = [...this.work.values()];
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(started.map((w) => w.done)), new Promise<void>((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
    const left = [...this.work.entries()];
    for (const [id] of left) this.interruptedIds.add(id);
    this.stopped.abort(new RestartingError());
    await Promise.race([
      Promise.allSettled(left.map(([, w]) => w.interrupt())),
      new Promise<void>((r) => setTimeout(r, 5_000).unref()),
    ]);
    return { finished: started.length - left.length, interrupted: left.length };
  }
}
