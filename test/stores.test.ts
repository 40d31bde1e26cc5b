import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
