import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { progressIn } from '../src/discord/progress-reply.js';
import { progressReply } from '../src/discord/progress-reply.js';

describe('GIVEN a slow comparison asked for in French', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('THEN its progress is said in French, as the rest of the bot’s words', async () => {
    const edits: string[] = [];
    const progress = progressReply({ editReply: async (o: { content?: string }) => void edits.push(o.content ?? '') }, undefined, Date.now, progressIn('fr'));
    progress({ stage: 'reading', done: 2, total: 3 });
    await vi.advanceTimersByTimeAsync(1100);
    progress({ stage: 'comparing', done: 0, total: 3, withModel: true });
    await vi.advanceTimersByTimeAsync(1100);
    expect(edits).toEqual(['Lecture de 2/3 sources…', 'Comparaison de 3 sources (avec le modèle)…']);
  });
});
