import { describe, expect, it } from 'vitest';
import { loadConfig, queueOptionsOf, shardsOf, storeOptionsOf, workerPoolOf } from '../src/config/config.js';

describe('GIVEN the operations settings', () => {
  it('THEN the defaults are safe: no HTTP server, 20 s of grace, 2 s per store call, 30 and 7 days kept, one shard', () => {
    const c = loadConfig({ DISCORD_TOKEN: 'x' }, true);
    expect(c.HTTP_PORT).toBeUndefined();
    expect(c.HTTP_HOST).toBe('127.0.0.1');
    expect(c.SHUTDOWN_GRACE_SECONDS).toBe(20);
    expect(storeOptionsOf(c)).toEqual({ timeoutMs: 2000, threadTtlMs: 30 * 86_400_000, llmTtlMs: 7 * 86_400_000 });
    expect([c.MAX_RUNNING, c.MAX_RUNNING_PER_GUILD, c.MAX_RUNNING_PER_USER]).toEqual([1000, 200, 5]);
    expect(shardsOf(c)).toBeUndefined();
  });

  it('THEN shards are all of SHARD_COUNT unless SHARD_IDS names some, each below the count', () => {
    expect(shardsOf(loadConfig({ SHARD_COUNT: '3' }))).toEqual({ ids: [0, 1, 2], count: 3 });
    expect(shardsOf(loadConfig({ SHARD_COUNT: '4', SHARD_IDS: '2, 3' }))).toEqual({ ids: [2, 3], count: 4 });
    expect(() => loadConfig({ SHARD_IDS: '1' })).toThrow(/SHARD_IDS .* SHARD_COUNT, which is not set/);
    expect(() => loadConfig({ SHARD_COUNT: '2', SHARD_IDS: '2' })).toThrow(/below SHARD_COUNT \(2\)/);
    expect(() => loadConfig({ SHARD_COUNT: '2', SHARD_IDS: 'one' })).toThrow(/^Invalid setting SHARD_IDS/);
    expect(() => loadConfig({ HTTP_PORT: '70000' })).toThrow(/^Invalid setting HTTP_PORT/);
  });

  it('THEN a job queue is off by default, and with QUEUE_URL the store must be a Redis every process shares', () => {
    expect(queueOptionsOf(loadConfig({}))).toBeUndefined();
    const redis = { QUEUE_URL: 'redis://q:6379', STORE_URL: 'redis://s:6379' };
    expect(queueOptionsOf(loadConfig(redis))).toEqual({ url: 'redis://q:6379', lockMs: 30_000, stalledCheckMs: 30_000, concurrency: 4 });
    expect(() => loadConfig({ QUEUE_URL: 'redis://q:6379' })).toThrow(/QUEUE_URL is set.*STORE_URL is sqlite.*share one store/);
    expect(() => loadConfig({ QUEUE_URL: 'redis://q:6379', STORE_URL: 'memory:' })).toThrow(/STORE_URL is memory/);
    expect(() => loadConfig({ ...redis, QUEUE_URL: 'amqp://q' })).toThrow(/^Invalid setting QUEUE_URL: must be a redis/);
    expect(() => loadConfig({ ...redis, QUEUE_LOCK_SECONDS: '0' })).toThrow(/^Invalid setting QUEUE_LOCK_SECONDS/);
  });

  it('THEN the worker pool and the per-site queue keep their limits by default and take valid settings only', () => {
    const c = loadConfig({ DISCORD_TOKEN: 'x' }, true);
    // Unset: as many workers as the pool picks for the machine, a queue as long as MAX_RUNNING, 16 waiting per site.
    expect(workerPoolOf(c)).toEqual({ workers: undefined, maxQueue: 1000 });
    expect(workerPoolOf(loadConfig({ MAX_RUNNING: '300' }))).toEqual({ workers: undefined, maxQueue: 300 });
    expect(workerPoolOf(loadConfig({ ANALYSIS_WORKERS: '3', ANALYSIS_QUEUE: '50' }))).toEqual({ workers: 3, maxQueue: 50 });
    expect(c.FETCH_PER_HOST_QUEUE).toBe(16);
    expect(loadConfig({ FETCH_PER_HOST_QUEUE: '0' }).FETCH_PER_HOST_QUEUE).toBe(0);
    expect(() => loadConfig({ ANALYSIS_QUEUE: '0' })).toThrow(/^Invalid setting ANALYSIS_QUEUE/);
    expect(() => loadConfig({ FETCH_PER_HOST_QUEUE: '-1' })).toThrow(/^Invalid setting FETCH_PER_HOST_QUEUE/);
    expect(() => loadConfig({ FETCH_PER_HOST_QUEUE: 'many' })).toThrow(/^Invalid setting FETCH_PER_HOST_QUEUE/);
  });
});
