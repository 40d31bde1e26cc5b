import type { Keyv } from 'keyv';
import { UserError } from '../errors.js';
import type { ThreadState } from './thread-state.js';

/**
 * The comparison threads in Keyv, so they survive restarts. Operations on one thread run one after
 * another (`exclusive`), so two messages adding sources at once cannot lose either.
 */
export class ThreadStore {
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(private readonly store: Keyv<ThreadState>) {}

  get(threadId: string): Promise<ThreadState | undefined> {
    return this.store.get(threadId);
  }

  async save(state: ThreadState): Promise<void> {
    await this.store.set(state.threadId, state);
  }

  /** Runs `task` on the thread's state once every earlier operation on that thread is done. */
  exclusive<T>(threadId: string, task: (state: ThreadState) => Promise<T>): Promise<T> {
    const previous = this.locks.get(threadId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(async () => task(await this.require(threadId)));
    const tail = run.catch(() => undefined);
    this.locks.set(threadId, tail);
    void tail.then(() => {
      if (this.locks.get(threadId) === tail) this.locks.delete(threadId);
    });
    return run;
  }

  private async require(threadId: string): Promise<ThreadState> {
    const state = await this.store.get(threadId);
    if (!state) throw UserError.of('notAComparison');
    return state;
  }
}
