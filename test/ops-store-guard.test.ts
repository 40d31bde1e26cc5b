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
