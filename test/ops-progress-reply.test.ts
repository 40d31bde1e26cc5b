import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { progressReply } from '../src/discord/progress-reply.js';

/** A reply whose edits are recorded and complete when the test says so, like requests waiting on Discord. */
function slowReply() {
  const edits: string[] = [];
  const pending: Array<() => void> = [];
  return {
    edits,
    finishOne: async () => {
      pending.shift()?.();
      await vi.advanceTimersByTimeAsync(0);
    },
    editReply: (options: { content?: string }) => {
      edits.push(options.content ?? '');
      return new Promise<void>((resolve) => pending.push(resolve));
    },
  };
}

describe('GIVEN the progress of a comparison edited into its reply', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('THEN a quick comparison makes no edit, a slow one at most one a second with the newest text, one waiting at most, none after stop', async () => {
    const reply = slowReply();
    const progress = progressReply(reply);
    progress({ stage: 'reading', done: 1, total: 3 });
    progress({ stage: 'reading', done: 2, total: 3 });
    await vi.advanceTimersByTimeAsync(900);
    expect(reply.edits).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(reply.edits).toEqual(['Reading 2/3 sources…']);
    // While that edit is on its way, newer progress replaces what waits; it goes once the first is done.
    progress({ stage: 'reading', done: 3, total: 3 });
    progress({ stage: 'comparing', done: 3, total: 3 });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(reply.edits).toHaveLength(1);
    await reply.finishOne();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(reply.edits).toEqual(['Reading 2/3 sources…', 'Comparing 3 sources…']);
    progress({ stage: 'comparing', done: 3, total: 3, withModel: true });
    progress.stop();
    await reply.finishOne();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(reply.edits).toHaveLength(2);
  });
});
