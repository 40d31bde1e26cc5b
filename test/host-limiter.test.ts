import { describe, expect, it } from 'vitest';
import { HostLimiter } from '../src/sources/host-limiter.js';

/** A task that runs until `finish` is called, recording that it started. */
function gate() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const state = { started: false };
  return { state, finish, task: async () => { state.started = true; await done; return 'ok'; } };
}

describe('HostLimiter', () => {
  it('runs at most perHost at once and hands a freed slot to the first in line', async () => {
    const limiter = new HostLimiter(1);
    const a = gate(), b = gate(), c = gate();
    const runs = [limiter.run('h', a.task), limiter.run('h', b.task), limiter.run('h', c.task)];
    await Promise.resolve();
    expect([a.state.started, b.state.started, c.state.started]).toEqual([true, false, false]);
    a.finish();
    await runs[0];
    // A newcomer arriving as the slot passes on must not slip in beside b.
    const d = gate();
    const late = limiter.run('h', d.task);
    await new Promise((resolve) => setImmediate(resolve));
    expect([b.state.started, c.state.started, d.state.started]).toEqual([true, false, false]);
    b.finish(); c.finish(); d.finish();
    await Promise.all([...runs, late]);
    expect(limiter.pending('h')).toEqual({ running: 0, waiting: 0 });
  });

  it('fails a request still queued at its deadline with the reason, and it leaves the queue', async () => {
    const limiter = new HostLimiter(2);
    const running = [gate(), gate()];
    const holders = running.map((g) => limiter.run('site.example', g.task));
    const queued = gate();
    const late = limiter.run('site.example', queued.task, { deadline: Date.now() + 50 });
    await expect(late).rejects.toThrow('site.example is slow to answer: 2 other requests to it were still waiting.');
    expect(queued.state.started).toBe(false);
    expect(limiter.pending('site.example')).toEqual({ running: 2, waiting: 0 });
    running.forEach((g) => g.finish());
    await Promise.all(holders);
  });

  it('refuses at once a request past the queue bound, without running it', async () => {
    const limiter = new HostLimiter(1, 2);
    const held = gate();
    const first = limiter.run('h', held.task);
    const waiting = [limiter.run('h', async () => 'w1'), limiter.run('h', async () => 'w2')];
    const refused = gate();
    await expect(limiter.run('h', refused.task)).rejects.toThrow('h is busy: 2 other requests to it are already waiting; try again in a minute.');
    expect(refused.state.started).toBe(false);
    held.finish();
    expect(await Promise.all([first, ...waiting])).toEqual(['ok', 'w1', 'w2']);
  });

  it('lets an aborted request leave the queue at once with its reason; the next in line gets the slot', async () => {
    const limiter = new HostLimiter(1);
    const held = gate();
    const first = limiter.run('h', held.task);
    const stop = new AbortController();
    const aborted = gate();
    const leaving = limiter.run('h', aborted.task, { signal: stop.signal });
    const next = limiter.run('h', async () => 'next');
    expect(limiter.pending('h')).toEqual({ running: 1, waiting: 2 });
    stop.abort(new Error('the person cancelled'));
    await expect(leaving).rejects.toThrow('the person cancelled');
    expect(limiter.pending('h')).toEqual({ running: 1, waiting: 1 });
    held.finish();
    expect(await next).toBe('next');
    expect(aborted.state.started).toBe(false);
    await first;
  });

  it('does not queue a request whose signal is already aborted or whose deadline has passed', async () => {
    const limiter = new HostLimiter(1);
    const held = gate();
    const first = limiter.run('h', held.task);
    await expect(limiter.run('h', async () => 'x', { signal: AbortSignal.abort(new Error('gone')) })).rejects.toThrow('gone');
    await expect(limiter.run('h', async () => 'x', { deadline: Date.now() - 1 })).rejects.toThrow('h is slow to answer: 1 other request to it was still waiting.');
    expect(limiter.pending('h')).toEqual({ running: 1, waiting: 0 });
    held.finish();
    await first;
    expect(limiter.pending('h')).toEqual({ running: 0, waiting: 0 });
  });
});
