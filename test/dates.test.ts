import { describe, expect, it } from 'vitest';
import { daysNamed, findDates } from '../src/analysis/dates.js';

const wed = new Date('2026-03-04T12:00:00Z');
const iso = (s: string, p?: Date) => daysNamed(s, p).map((d) => d.iso);

describe('dates', () => {
  it('reads explicit dates in the common forms', () => {
    expect(findDates('On February 12, 2025, and 3 March 2026, and 2026-03-05, and in May 2017.').map((d) => d.iso)).toEqual(['2025-02-12', '2026-03-03', '2026-03-05', '2017-05']);
  });

  it('resolves relative days against the publication date', () => {
    expect(iso('It fell on Tuesday.', wed)).toEqual(['2026-03-03']);
    expect(iso('It fell on Wednesday.', wed)).toEqual(['2026-03-04']);
    expect(iso('Talks resume next Monday.', wed)).toEqual(['2026-03-09']);
    expect(iso('It fell last Wednesday.', wed)).toEqual(['2026-02-25']);
    expect(iso('It fell yesterday; repairs start tomorrow.', wed)).toEqual(['2026-03-03', '2026-03-05']);
    expect(iso('The vote is on March 10.', wed)).toEqual(['2026-03-10']);
  });

  it('leaves relative days alone when the publication date is unknown', () => {
    expect(iso('It fell on Tuesday.')).toEqual([]);
  });
});
