import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createStores } from '../src/store/stores.js';
import { GuardedKeyv, StoreHealth, StoreUnavailableError } from '../src/store/store-guard.js';

/** A logger whose lines the test can read. */
function recordingLog() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  return { log: pino({ level: 'info' }, stream), lines };
}

/** A store adapter that never answers, like a Redis client queueing commands while disconnected. */
class HangingMap extends Map<string, unknown> {
  hang = false;
  override get(key: string): any {
    return this.hang ? new Promise(() => undefined) : super.get(key);
  }
  override set(key: string, value: unknown): any {
    return this.hang ? new Promise(() => undefined) : super.set(key, value);
  }
}

describe('GIVEN a store that stops answering', () => {
  it('THEN a strict concern fails each call within its deadline with the line users see, and the outage is logged once with a count', async () => {
    const { log, lines } = recordingLog();
    const health = new StoreHealth(log);
    const adapter = new HangingMap();
    const threads = new GuardedKeyv<string>({ store: adapter, namespace: 'threads' }, { name: 'threads', timeoutMs: 50, health, lenient: false });
    await threads.set('a', 'kept');
    adapter.hang = true;
    await expect(threads.get('a')).rejects.toThrow(StoreUnavailableError);
    await expect(threads.set('b', 'x')).rejects.toThrow('Storage is unavailable right now; try again shortly.');
    await expect(threads.get('a')).rejects.toThrow(StoreUnavailableError);
    expect(health.up).toBe(false);
    adapter.hang = false;
    expect(await threads.get('a')).toBe('kept');
    expect(health.up).toBe(true);
    expect(lines.map((l) => l.msg)).toEqual([expect.stringMatching(/^store unavailable/), 'store answers again']);
    expect(lines[1]).toMatchObject({ failedCalls: 3 });
  });

  it('THEN a lenient concern (a cache) answers a miss and skips the write, so the comparison goes on', async () => {
    const { log } = recordingLog();
    const adapter = new HangingMap();
    const cache = new GuardedKeyv<string>({ store: adapter }, { name: 'articles', timeoutMs: 50, health: new StoreHealth(log), lenient: true });
    adapter.hang = true;
    expect(await cache.get('x')).toBeUndefined();
    expect(await cache.set('x', 'y')).toBe(false);
  });
});

/** A store adapter whose writes are slow or fail as the test says, counting its reads. */
class SlowMap extends Map<string, unknown> {
  reads = 0;
  /** Milliseconds each write takes. */
  writeMs = 0;
  /** Writes that fail outright before one lands (as SQLite answers SQLITE_BUSY). */
  failures = 0;
  override get(key: string): any {
    this.reads += 1;
    return Promise.resolve(super.get(key));
  }
  override set(key: string, value: unknown): any {
    if (this.failures > 0) {
      this.failures -= 1;
      return Promise.reject(new Error('SQLITE_BUSY: database is locked'));
    }
    return new Promise((r) => setTimeout(() => r(super.set(key, value)), this.writeMs));
  }
}

describe('GIVEN a thread state written while the store is slow (a burst)', () => {
  const threads = (adapter: SlowMap, health: StoreHealth) =>
    new GuardedKeyv<string>({ store: adapter, namespace: 'threads' }, { name: 'threads', timeoutMs: 20, health, lenient: false, durableWriteMs: 2_000 });

  it('THEN a write slower than the store deadline still lands, within its own longer deadline, and nothing is logged', async () => {
    const { log, lines } = recordingLog();
    const adapter = new SlowMap();
    adapter.writeMs = 100;
    const store = threads(adapter, new StoreHealth(log));
    expect(await store.set('t', 'state')).toBe(true);
    expect(await store.get('t')).toBe('state');
    expect(lines).toEqual([]);
  });

  it('THEN a write the store refuses outright (busy) is tried again and lands', async () => {
    const { log, lines } = recordingLog();
    const adapter = new SlowMap();
    adapter.failures = 2;
    const store = threads(adapter, new StoreHealth(log));
    expect(await store.set('t', 'state')).toBe(true);
    expect(adapter.failures).toBe(0);
    expect(await store.get('t')).toBe('state');
    expect(lines).toEqual([]);
  });

  it('THEN while the store is known to be down a write fails within the ordinary deadline, with the line users see', async () => {
    const { log } = recordingLog();
    const health = new StoreHealth(log);
    health.failure('threads', new Error('down'));
    const adapter = new HangingMap();
    adapter.hang = true;
    const store = new GuardedKeyv<string>({ store: adapter, namespace: 'threads' }, { name: 'threads', timeoutMs: 20, health, lenient: false, durableWriteMs: 60_000 });
    // With the long deadline this would wait a minute and the test time out; it fails within 20 ms instead.
    await expect(store.set('t', 'x')).rejects.toThrow(StoreUnavailableError);
  });
});

describe('GIVEN server settings read before every command is acknowledged', () => {
  const settings = (adapter: Map<string, unknown>, readCacheMs = 60_000) =>
    new GuardedKeyv<string>({ store: adapter, namespace: 'settings' }, { name: 'settings', timeoutMs: 1_000, health: new StoreHealth(recordingLog().log), lenient: false, readCacheMs });

  it('THEN a burst of commands makes one store read, and a change made here is read back at once', async () => {
    const adapter = new SlowMap();
    const store = settings(adapter);
    await store.set('guild', 'private');
    adapter.reads = 0;
    const burst = await Promise.all(Array.from({ length: 500 }, () => store.get('guild')));
    expect(new Set(burst)).toEqual(new Set(['private']));
    expect(await store.get('other')).toBeUndefined();
    expect(adapter.reads).toBe(1);
    await store.set('guild', 'public');
    expect(await store.get('guild')).toBe('public');
    await store.delete('guild');
    expect(await store.get('guild')).toBeUndefined();
  });

  it('THEN a change made elsewhere (another process) is seen once the remembered read is older than readCacheMs', async () => {
    const adapter = new SlowMap();
    const here = settings(adapter, 30);
    const elsewhere = settings(adapter);
    await elsewhere.set('guild', 'before');
    expect(await here.get('guild')).toBe('before');
    await elsewhere.set('guild', 'after');
    await new Promise((r) => setTimeout(r, 60));
    expect(await here.get('guild')).toBe('after');
  });

  it('THEN a read that fails is not remembered: the next one asks the store again', async () => {
    const adapter = new HangingMap();
    const store = settings(adapter);
    await store.set('guild', 'kept');
    // A new Keyv on the same adapter, so nothing is remembered from the write.
    const reader = new GuardedKeyv<string>({ store: adapter, namespace: 'settings' }, { name: 'settings', timeoutMs: 20, health: new StoreHealth(recordingLog().log), lenient: false, readCacheMs: 60_000 });
    adapter.hang = true;
    await expect(reader.get('guild')).rejects.toThrow(StoreUnavailableError);
    adapter.hang = false;
    expect(await reader.get('guild')).toBe('kept');
  });
});

describe('GIVEN the stores with their retention settings', () => {
  it('THEN stored threads and model results expire after their TTL, other concerns do not', async () => {
    const { log } = recordingLog();
    const stores = await createStores('memory:', log, { threadTtlMs: 40, llmTtlMs: 40 });
    await stores.threads.set('t', { threadId: 't' } as never);
    await stores.llm.set('k', { engine: {} } as never);
    await stores.meta.set('m', 'kept');
    expect(await stores.threads.get('t')).toBeDefined();
    await new Promise((r) => setTimeout(r, 80));
    expect(await stores.threads.get('t')).toBeUndefined();
    expect(await stores.llm.get('k')).toBeUndefined();
    expect(await stores.meta.get('m')).toBe('kept');
    expect(await stores.ping()).toBe(true);
  });
});
