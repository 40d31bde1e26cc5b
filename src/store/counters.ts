import type { Keyv } from 'keyv';

/**
 * Numbers that several comparisons change at once: token budgets and cooldowns. Each change is one
 * atomic step (check and write together), so calls in flight can never pass a limit between them:
 * within one process for the Keyv-backed counters, across every process sharing the store on Redis.
 */
export interface Counters {
  get(key: string): Promise<number | undefined>;
  /**
   * Adds `delta` (negative to give back; never below 0) and keeps the key `ttlMs`. With `limit` > 0 a
   * positive delta that would take the value past it is refused: false, nothing changed.
   */
  add(key: string, delta: number, limit: number, ttlMs: number): Promise<boolean>;
  /** Sets `key` to `value` for `ttlMs` unless it is set already: false then (someone holds it). */
  claim(key: string, value: number, ttlMs: number): Promise<boolean>;
  /** Sets `key` to `value` for `ttlMs`, whatever it was. */
  put(key: string, value: number, ttlMs: number): Promise<void>;
}

/** Counters on a Keyv (SQLite, memory): read-modify-write in turn, one change at a time in this process. */
export class KeyvCounters implements Counters {
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: Keyv<number>) {}

  async get(key: string): Promise<number | undefined> {
    return this.store.get(key);
  }

  add(key: string, delta: number, limit: number, ttlMs: number): Promise<boolean> {
    return this.inTurn(async () => {
      const used = (await this.store.get(key)) ?? 0;
      if (delta > 0 && limit > 0 && used + delta > limit) return false;
      await this.store.set(key, Math.max(0, used + delta), ttlMs);
      return true;
    });
  }

  claim(key: string, value: number, ttlMs: number): Promise<boolean> {
    return this.inTurn(async () => {
      if ((await this.store.get(key)) !== undefined) return false;
      await this.store.set(key, value, ttlMs);
      return true;
    });
  }

  async put(key: string, value: number, ttlMs: number): Promise<void> {
    await this.inTurn(() => this.store.set(key, value, ttlMs));
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const next = this.turn.then(work, work);
    this.turn = next.catch(() => undefined);
    return next;
  }
}

/** A time to live as Redis's PX takes it: whole milliseconds, at least one. */
const px = (ttlMs: number) => String(Math.max(1, Math.round(ttlMs)));

/** What RedisCounters needs of a Redis client: one command at a time (node-redis's sendCommand). */
export interface RedisCommands {
  sendCommand(args: string[]): Promise<unknown>;
}

// Check and write in one script: Redis runs a script alone, so no other process's change falls between.
const ADD = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local delta = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
if delta > 0 and limit > 0 and used + delta > limit then return 0 end
local value = used + delta
if value < 0 then value = 0 end
redis.call('SET', KEYS[1], tostring(value), 'PX', ARGV[3])
return 1`;

/**
 * Counters on Redis, shared by every bot and worker process: a budget reservation is one Lua script
 * (read, compare with the limit, write), a cooldown one SET NX PX. Plain Redis keys under
 * `parallax:counters:`, apart from the Keyv namespaces (whose values are JSON documents).
 */
export class RedisCounters implements Counters {
  constructor(
    private readonly client: () => Promise<RedisCommands>,
    /** Each call with the store's deadline and outage accounting (store-guard.ts's `guarded`). */
    private readonly guard: <T>(op: () => Promise<T>, fallback: T) => Promise<T>,
    private readonly prefix = 'parallax:counters:',
  ) {}

  get(key: string): Promise<number | undefined> {
    return this.guard(async () => {
      const value = await (await this.client()).sendCommand(['GET', this.prefix + key]);
      return value === null || value === undefined ? undefined : Number(value);
    }, undefined);
  }

  // While the store is down a budget is not enforced (the comparison goes on), as with every lenient store.
  add(key: string, delta: number, limit: number, ttlMs: number): Promise<boolean> {
    return this.guard(async () => {
      const ok = await (await this.client()).sendCommand(['EVAL', ADD, '1', this.prefix + key, String(delta), String(limit), px(ttlMs)]);
      return Number(ok) === 1;
    }, true);
  }

  claim(key: string, value: number, ttlMs: number): Promise<boolean> {
    return this.guard(async () => {
      const ok = await (await this.client()).sendCommand(['SET', this.prefix + key, String(value), 'PX', px(ttlMs), 'NX']);
      return ok !== null && ok !== undefined;
    }, true);
  }

  async put(key: string, value: number, ttlMs: number): Promise<void> {
    await this.guard(() => (this.client().then((c) => c.sendCommand(['SET', this.prefix + key, String(value), 'PX', px(ttlMs)]))), undefined);
  }
}
