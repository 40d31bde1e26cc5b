import { describe, expect, it } from 'vitest';
import { datesNamed, findDates, overlaps } from '../src/analysis/readers/dates.js';
import { analyze } from '../src/analysis/engine.js';
import { articleFromText } from '../src/sources/text-article.js';

const wed = new Date('2026-03-04T12:00:00Z');
const iso = (s: string, p?: Date) => datesNamed(s, p).map((d) => d.iso);

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

  it('resolves relative months and years to spans, which a day inside them does not contradict', () => {
    expect(iso('Air strikes hit the base last month.', wed)).toEqual(['2026-02']);
    expect(iso('The plant opens next year; prices rose this month.', wed)).toEqual(['2027', '2026-03']);
    const [may] = datesNamed('The strike was on March 2.', wed);
    const [thisMonth, lastMonth] = [datesNamed('this month', wed)[0]!, datesNamed('last month', wed)[0]!];
    expect(overlaps(may!, thisMonth)).toBe(true);
    expect(overlaps(may!, lastMonth)).toBe(false);
  });

  it('puts "last month" written in two months on different dates in a comparison', () => {
    const a = articleFromText('US missiles hit a Syrian air base last month, the first direct US strike of the war. The two leaders spoke by phone.', { publishedAt: '2017-05-02T12:00:00Z' });
    const b = articleFromText('US missiles hit a Syrian air base last month, the first direct US strike of the war. The two leaders spoke by phone.', { publishedAt: '2017-06-20T12:00:00Z' });
    const d = analyze([a, b]).discrepancies.find((x) => x.kind === 'date');
    expect(d?.summary).toBe('Different dates for the same happening: S1 says "last month" (2017-04), S2 says "last month" (2017-05).');
  });

  it('leaves relative days alone when the publication date is unknown', () => {
    expect(iso('It fell on Tuesday.')).toEqual([]);
  });

  it('reads a weekday in a plan as the coming such day, and a weekday with its date as that date', () => {
    expect(iso('The board plans on Thursday to vote on the merger.', wed)).toEqual(['2026-03-05']);
    expect(iso('The board will vote Friday on the merger.', wed)).toEqual(['2026-03-06']);
    expect(iso('The board is expected to meet in the old mill on Monday.', wed)).toEqual(['2026-03-09']);
    expect(iso('The board voted Monday on the merger.', wed)).toEqual(['2026-03-02']);
    expect(iso('Lawmakers, who will meet again in April, voted Monday on the merger.', wed)).toEqual(['2026-03-02']);
    expect(iso('The board voted on Tuesday, Feb. 24, on the merger.', wed)).toEqual(['2026-02-24']);
  });

  it('reads "since 2002" as the year a state began, a span a day of that year does not contradict', () => {
    expect(iso('She has led the ferry union since 2002.', wed)).toEqual(['2002']);
    expect(iso('She has led the ferry union since May 2002.', wed)).toEqual(['2002-05']);
    expect(iso('Fares have doubled since 2010-2012.', wed)).toEqual([]);
    const [year] = datesNamed('since 2002');
    expect(overlaps(year!, findDates('on March 3, 2002')[0]!)).toBe(true);
  });

  it('finds no date conflict between a plan for Thursday written on Wednesday and the vote on Thursday told on Friday', () => {
    const text = (sentence: string) => `${sentence} The merger joins the two ferry lines that serve the islands of Kell and Ardra. The unions asked for a guarantee of jobs for five years.`;
    const before = articleFromText(text('The Ardra ferry board plans to vote on the merger with Kell Lines on Thursday.'), { publishedAt: '2026-03-04T09:00:00Z' });
    const after = articleFromText(text('The Ardra ferry board voted on the merger with Kell Lines on Thursday.'), { publishedAt: '2026-03-06T09:00:00Z' });
    expect(analyze([before, after]).discrepancies.filter((d) => d.kind === 'date')).toEqual([]);
    const wrongDay = articleFromText(text('The Ardra ferry board voted on the merger with Kell Lines on Tuesday.'), { publishedAt: '2026-03-06T09:00:00Z' });
    expect(analyze([before, wrongDay]).discrepancies.filter((d) => d.kind === 'date').map((d) => d.values?.map((v) => v.value))).toEqual([['"Thursday" (2026-03-05)', '"Tuesday" (2026-03-03)']]);
  });
});
