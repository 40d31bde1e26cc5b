import { Keyv, type KeyvOptions } from 'keyv';
import { english, UserError } from '../errors.js';
import type { Logger } from '../logger.js';

/** Said to users while the store cannot be reached; the error boundary shows a UserError's text as is. */
export class StoreUnavailableError extends UserError {
  override readonly name = 'StoreUnavailableError';
  constructor() {
    super(english('storeDown'), { key: 'storeDown' });
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
  /**
   * For a concern whose writes must not be dropped by a slow moment (a thread's state: without it
   * the report gets no thread): while the store is up, a write has this longer deadline, and one that
   * fails outright (SQLite busy) is tried again within it. While the store is down (an outage is
   * already known) the write fails within `timeoutMs` like any other call, so users are told at once.
   */
  durableWriteMs?: number;
  /**
   * For a concern read on every command and rarely written (server settings): reads of one key share
   * one store call while it runs and are remembered for this long, so a burst of commands makes one
   * read instead of one each before its acknowledgement. Writes and deletes through this Keyv update
   * the memory at once; a change made by another process is seen after at most this long.
   */
  readCacheMs?: number;
}

/** Entries the read cache keeps at most; the oldest go first. */
const READ_CACHE_ENTRIES = 10_000;

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

  /** Reads of one key, in flight or remembered until `until` (readCacheMs). */
  private readonly reads = new Map<string, { until: number; value: Promise<any> }>();

  override async get(key: any, options?: any): Promise<any> {
    if (!this.guard.readCacheMs || typeof key !== 'string' || options !== undefined) return this.call(() => super.get(key, options), undefined);
    const known = this.reads.get(key);
    if (known && known.until > Date.now()) return known.value;
    const value = this.call(() => super.get(key), undefined);
    this.remember(key, value);
    // A failed read is not remembered: the next command asks the store again.
    value.catch(() => this.reads.get(key)?.value === value && this.reads.delete(key));
    return value;
  }

  override async set(key: any, value?: any, ttl?: number): Promise<any> {
    const cached = this.guard.readCacheMs !== undefined && typeof key === 'string';
    if (cached) this.reads.delete(key);
    const written = this.guard.durableWriteMs && this.guard.health.up ? await this.durably(() => super.set(key, value, ttl)) : await this.call(() => super.set(key, value, ttl), false);
    if (cached && written) this.remember(key, Promise.resolve(value));
    return written;
  }

  override async delete(key: any): Promise<any> {
    if (this.guard.readCacheMs && typeof key === 'string') this.reads.delete(key);
    return this.call(() => super.delete(key), false);
  }

  private remember(key: string, value: Promise<any>): void {
    this.reads.delete(key);
    if (this.reads.size >= READ_CACHE_ENTRIES) this.reads.delete(this.reads.keys().next().value!);
    this.reads.set(key, { until: Date.now() + this.guard.readCacheMs!, value });
  }

  /** A write that must land: tried again after an outright failure, all within durableWriteMs. */
  private async durably<T>(op: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.guard.durableWriteMs!;
    for (let attempt = 1; ; attempt++) {
      const left = deadline - Date.now();
      try {
        return await this.call(op, undefined as T, { timeoutMs: left, quiet: true });
      } catch (err) {
        // Past the deadline, or a store now known to be down: said as any failed call is.
        if (Date.now() + 100 * attempt >= deadline || !this.guard.health.up || err instanceof StoreTimeoutError) return this.failed(err, undefined as T);
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  }

  private call<T>(op: () => Promise<T>, fallback: T, options: CallOptions = {}): Promise<T> {
    return guarded(op, fallback, this.guard, options);
  }

  private failed<T>(err: unknown, fallback: T): T {
    return failed(this.guard, err, fallback);
  }
}

interface CallOptions {
  timeoutMs?: number;
  /** A failure is thrown as is, not yet counted: the caller tries again. */
  quiet?: boolean;
}

/**
 * One store call within its deadline (the guard's, or `timeoutMs`). A failure is counted in the
 * store's health and answered as the concern says: `fallback` (lenient) or StoreUnavailableError.
 * Used by GuardedKeyv and by the counters' raw Redis commands.
 */
export async function guarded<T>(op: () => Promise<T>, fallback: T, guard: GuardOptions, { timeoutMs = guard.timeoutMs, quiet = false }: CallOptions = {}): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeoutError(`store ${guard.name} did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const value = await Promise.race([op(), deadline]);
    guard.health.success();
    return value;
  } catch (err) {
    if (quiet) throw err;
    return failed(guard, err, fallback);
  } finally {
    clearTimeout(timer);
  }
}

/** A call that failed: counted in the store's health, then a miss (lenient) or the line users see. */
function failed<T>(guard: GuardOptions, err: unknown, fallback: T): T {
  guard.health.failure(guard.name, err);
  if (guard.lenient) return fallback;
  throw new StoreUnavailableError();
}

/** A store call that did not answer in time (it may still land): not tried again, since it may be running. */
class StoreTimeoutError extends Error {
  override readonly name = 'StoreTimeoutError';
}
