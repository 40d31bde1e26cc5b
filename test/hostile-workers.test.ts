import { afterEach, describe, expect, it } from 'vitest';
import { BusyError, SourceError } from '../src/errors.js';
import type { Article } from '../src/report/types.js';
import { WorkerPool } from '../src/workers/cpu.js';
import { manyParagraphs, plainPage, PROSE } from './helpers/hostile.js';

/** Two long articles whose analysis takes seconds: more than the short limits these pools are given. */
function heavyArticles(chars: number): Article[] {
  return [0, 1].map((side) => {
    let text = '';
    for (let i = 0; text.length < chars; i++) text += `${PROSE.map((p) => p.replace('a third', `${i + side} percent`).replace('March', `week ${i % 40}`)).join('\n\n')}\n\n`;
    return { title: `Report ${side}`, text, notes: [] };
  });
}

describe('WorkerPool limits', () => {
  let pool: WorkerPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('GIVEN a task over its time limit THEN it fails with a reason, its worker is replaced, and the task queued behind it is answered', async () => {
    pool = new WorkerPool(1, { analyzeMs: 1_000 });
    const started = performance.now();
    const slow = pool.analyze(heavyArticles(300_000)).then(() => 'finished', (e: unknown) => e);
    const next = pool.extract(plainPage('Bridge repairs to start in spring'));
    const err = await slow;
    expect(err).toBeInstanceOf(SourceError);
    expect((err as Error).message).toBe('The comparison took too long to analyse (over 1 s).');
    expect((await next).text).toContain(PROSE[0]);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('GIVEN an extraction over its (shorter) time limit THEN the source is said to take too long to read', async () => {
    pool = new WorkerPool(1, { taskMs: 100 });
    await pool.extract(plainPage('the worker is up'));
    // 29,000 paragraphs: under the element cap, and far more than 0.1 s of Readability's work.
    const err = await pool.extract(manyParagraphs(29_000)).then(() => 'finished', (e: unknown) => e);
    expect((err as Error).message).toBe('This source took too long to read (over 0.1 s).');
  }, 30_000);

  it('GIVEN a task over its memory limit THEN it fails as too large to analyse, and the pool goes on', async () => {
    pool = new WorkerPool(1, { analyzeMs: 20_000, memoryMb: 64 });
    const err = await pool.analyze(heavyArticles(3_000_000)).then(() => 'finished', (e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect((err as Error).message).toMatch(/^The comparison is too large to analyse \(it needed more than 64 MB of memory\)\.$/);
    expect((await pool.extract(plainPage('After the crash'))).title).toBe('After the crash');
  }, 60_000);

  it('refuses a task at once with a BusyError when its queue is full', async () => {
    pool = new WorkerPool(1, { maxQueue: 1 });
    await pool.extract(plainPage('the worker is up'));
    const running = pool.extract(plainPage('one'));
    const queued = pool.extract(plainPage('two'));
    await expect(pool.extract(plainPage('three'))).rejects.toBeInstanceOf(BusyError);
    expect((await running).title).toBe('one');
    expect((await queued).title).toBe('two');
  }, 30_000);

  it('drops an aborted task from the queue, and terminates the worker of an aborted running one', async () => {
    pool = new WorkerPool(1, { analyzeMs: 20_000 });
    const runningCancel = new AbortController();
    const queuedCancel = new AbortController();
    const running = pool.analyze(heavyArticles(300_000), undefined, runningCancel.signal).catch((e: unknown) => e);
    const queued = pool.analyze(heavyArticles(300_000), undefined, queuedCancel.signal).catch((e: unknown) => e);
    const after = pool.extract(plainPage('Still answered'));
    queuedCancel.abort(new Error('queued one cancelled'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    runningCancel.abort(new Error('running one cancelled'));
    expect(((await queued) as Error).message).toBe('queued one cancelled');
    expect(((await running) as Error).message).toBe('running one cancelled');
    expect((await after).title).toBe('Still answered');
    // Had the running analysis been left to finish, this would take its several seconds.
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('rejects a task whose signal is already aborted without running it', async () => {
    pool = new WorkerPool(1);
    await expect(pool.extract('<p>x</p>', undefined, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
  });
});
