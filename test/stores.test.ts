import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { createStores } from '../src/store/stores.js';

const log = createLogger('silent');
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

async function roundTrip(url: string): Promise<void> {
  const stores = await createStores(url, log);
  await stores.threads.set('t1', { threadId: 't1' } as never);
  await stores.meta.set('t1', 'meta value');
  expect(await stores.threads.get('t1')).toEqual({ threadId: 't1' });
  // Concerns do not share keys: the same key in another store is another value.
  expect(await stores.meta.get('t1')).toBe('meta value');
  await stores.close();
  const again = await createStores(url, log);
  expect(await again.threads.get('t1')).toEqual({ threadId: 't1' });
  await again.close();
}

describe('stores', () => {
  it('keep values in SQLite across a reopen, one table per concern', async () => {
    await roundTrip(`sqlite://${join(mkdtempSync(join(tmpdir(), 'parallax-store-')), 'store.sqlite')}`);
  });

  it('open SQLite in WAL mode, so a burst of writes does not queue behind one sync each and readers do not wait for them', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parallax-store-')), 'store.sqlite');
    const stores = await createStores(`sqlite://${file}`, log);
    // 1,000 thread states written at once (a burst's reports) all land.
    await Promise.all(Array.from({ length: 1000 }, (_, i) => stores.threads.set(`t${i}`, { threadId: `t${i}` } as never)));
    expect(await stores.threads.get('t999')).toEqual({ threadId: 't999' });
    await stores.close();
    const db = new sqlite3.Database(file);
    const mode = await new Promise<unknown>((resolve, reject) => db.get('PRAGMA journal_mode', (err, row) => (err ? reject(err) : resolve(row))));
    await new Promise((r) => db.close(r));
    expect(mode).toEqual({ journal_mode: 'wal' });
  });

  // Redis runs when the machine has redis-server (.ci/run installs it).
  describe.runIf(hasRedis)('on Redis', () => {
    let redis: ChildProcess;
    let port = 0;
    beforeAll(async () => {
      port = await new Promise<number>((resolve) => {
        const s = createServer().listen(0, '127.0.0.1', () => {
          const p = (s.address() as { port: number }).port;
          s.close(() => resolve(p));
        });
      });
      redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      // Ready when it accepts a connection (bounded: 50 tries, 100 ms apart).
      for (let i = 0; i < 50; i++) {
        const up = await new Promise<boolean>((resolve) => {
          const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
          socket.on('error', () => resolve(false));
        });
        if (up) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    afterAll(() => {
      redis?.kill();
    });

    it('keep values across a reopen', async () => {
      await roundTrip(`redis://127.0.0.1:${port}`);
    });
  });
});
