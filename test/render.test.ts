import { describe, expect, it } from 'vitest';
import { fitWords, LIMITS } from '../src/discord/limits.js';
import { renderAnswer } from '../src/discord/render-thread.js';
import { quoted, type SourceId } from '../src/report/types.js';

const long = (n: number, word = 'word') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('fitWords', () => {
  it('cuts at a word boundary with an ellipsis, within the limit', () => {
    expect(fitWords('one two three four', 12)).toBe('one two…');
    expect(fitWords('short', 12)).toBe('short');
    expect(fitWords('x'.repeat(20), 10)).toHaveLength(10);
  });
});

describe('renderAnswer', () => {
  it('says when no source covers the question', () => {
    expect(renderAnswer('what about dogs?', { citations: [], silent: ['S1', 'S2'] }, [])).toMatch(/^No source in this comparison covers that/);
  });

  it('stays under 2,000 characters however many passages there are', () => {
    const citations = Array.from({ length: 12 }, (_, i) => ({ sourceId: `S${i + 1}` as SourceId, quote: long(60) }));
    const text = renderAnswer('q?', { citations, silent: [] }, []);
    expect(text.length).toBeLessThanOrEqual(LIMITS.content);
    expect(text).toMatch(/more passage/);
  });
});

describe('GIVEN evidence that is itself one whole quotation', () => {
  it('THEN it is shown in its own quotation marks, not wrapped in a second pair', () => {
    expect(quoted('“It has been agreed to work jointly.”')).toBe('“It has been agreed to work jointly.”');
    expect(quoted('"We will return," she said.')).toBe('“"We will return," she said.”');
    expect(quoted('The talks ended.')).toBe('“The talks ended.”');
  });
});
