import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { Journal } from '../src/ops/journal.js';
import { createStores } from '../src/store/stores.js';

const entry = (id: string, startedAt: number) => ({
  id, applicationId: 'app', token: `tok:${id}`, startedAt, guildId: 'g', channelId: 'c', userId: 'u',
  requests: [{ url: 'https://a.example/x' }, { text: 'pasted words' }], labels: ['https://a.example/x', 'pasted text'],
});

describe('GIVEN the journal of comparisons in flight', () => {
  for (const kind of ['memory', 'sqlite'] as const) {
    it(`THEN on ${kind} it lists what was begun (oldest first) with its stage, across a reopen, until finished`, async () => {
      const url = kind === 'memory' ? 'memory:' : `sqlite://${join(mkdtempSync(join(tmpdir(), 'parallax-journal-')), 's.sqlite')}`;
      const stores = await createStores(url, createLogger('silent'));
      const journal = new Journal(stores.journal);
      await journal.begin(entry('2', 2000));
      await journal.begin(entry('1', 1000));
      await journal.update('2', { stage: 'reported', replyId: 'm2' });
      // A thread of the same id is another concern: never listed here.
      await stores.threads.set('1', { threadId: '1' } as never);
      expect((await journal.all()).map((e) => [e.id, e.stage, e.replyId])).toEqual([['1', 'started', undefined], ['2', 'reported', 'm2']]);
      if (kind === 'sqlite') {
        await stores.close();
        const again = new Journal((await createStores(url, createLogger('silent'))).journal);
        expect((await again.all()).map((e) => e.id)).toEqual(['1', '2']);
        await again.finish('1');
        expect((await again.all()).map((e) => e.id)).toEqual(['2']);
        expect((await again.get('2'))?.requests).toEqual(entry('2', 0).requests);
      } else {
        await journal.finish('1');
        expect((await journal.all()).map((e) => e.id)).toEqual(['2']);
      }
    });
  }
});
