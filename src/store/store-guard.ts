import { Keyv, type KeyvOptions } from 'keyv';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';

/** Said to users while the store cannot be reached; the error boundary shows a UserError's text as is. */
export class StoreUnavailableError extends UserError {
  override readonly name = 'StoreUnavailableError';
  constructor() {
    super('Storage is unavailable right now; try again shortly.');
  }
}

/**
 * Whether the store answers, shared by every concern. An outage is logged once when it starts and
 * once when it ends, with the number of calls that failed in between, instead of a line per call.
 */
export class StoreHealth {
  private downSince: number | undefined;
  private failed = 0;

  constructor(private readonly log: Logger) {}

  get up(): boolean {
    return this.downSince === undefined;
  }

  failure(store: string, err: unknown): void {
    this.failed += 1;
    if (this.downSince !== undefined) return;
    this.downSince = Date.now();
    this.log.error({ store, err: (err as Error)?.message ?? String(err) }, 'store unavailable: users are told to try again shortly until it answers');
  }

  success(): void {
    if (this.downSince === undefined) return;
    this.log.info({ failedCalls: this.failed, downMs: Date.now() - this.downSince }, 'store answers again');
    this.downSince = undefined;
    this.failed = 0;
  }
}

export interface GuardOptions {
  name: string;
  timeoutMs: number;
  health: StoreHealth;
  /**
   * Lenient stores lose nothing that matters when they cannot answer (caches, budgets): a read is a
   * miss and a write is skipped, and the comparison goes on. The others (threads, the journal) throw
   * StoreUnavailableError, so the user is told instead of ignored.
   */
  lenient: boolean;
}

/**
 * A Keyv whose every call has a deadline: a store that hangs (a Redis client queueing commands while
 * disconnected) fails the call after `timeoutMs` instead of holding the comparison until it returns.
 */
export class GuardedKeyv<V> extends Keyv<V> {
  constructor(options: KeyvOptions, private readonly guard: GuardOptions) {
    super({ ...options, throwOnErrors: true });
    // Failures are counted by StoreHealth; a listener must exist or EventEmitter throws on 'error'.
    this.on('error', () => undefined);
  }

  override async get(key: any, options?: any): Promise<any> {
    return this.call(() => super.get(key, options), undefined);
  }

  override async set(key: any, value?: any, ttl?: number): Promise<any> {
    return this.call(() => super.set(key, value, ttl), false);
  }

  override async delete(key: any): Promise<any> {
    return this.call(() => super.delete(key), false);
  }

  private call<T>(op: () => Promise<T>, fallback: T): Promise<T> {
    return guarded(op, fallback, this.guard);
  }
}

/**
 * One store call with the guard's deadline; a failure is counted by the store's health, then either
 * answered by `fallback` (lenient) or thrown as StoreUnavailableError.
 */
export async function guarded<T>(op: () => Promise<T>, fallback: T, guard: GuardOptions): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`store ${guard.name} did not answer within ${guard.timeoutMs} ms`)), guard.timeoutMs);
  });
  try {
    const value = await Promise.race([op(), deadline]);
    guard.health.success();
    return value;
  } catch (err) {
    guard.health.failure(guard.name, err);
    if (guard.lenient) return fallback;
    throw new StoreUnavailableError();
  } finally {
    clearTimeout(timer);
  }
}
