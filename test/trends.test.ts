/** Changes in a measure (a rise, a fall) read from wording, and sources that report them going opposite ways. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import { changesIn } from '../src/analysis/readers/changes.js';
import type { Article, Report } from '../src/report/types.js';
import { articleFromText } from '../src/sources/text-article.js';
import { expectVerbatim } from './helpers/fixtures.js';

const EARNINGS = articleFromText(
  [
    'Northwind Foods results',
    'Northwind Foods reported its results for the third quarter on Tuesday, as the price of oats kept climbing.',
    'For the third quarter, the cereal sales figure represented a 12% decrease from the same period a year earlier, while for the first nine months it represented a 3% increase.',
    'The company expects cereal sales of $3bn in 2027 and plans to open a plant in Leeds.',
    'Chief executive Ana Ruiz said the new plant would employ 400 people.',
  ].join('\n\n'),
);

const full = (articles: Article[]): Report => ({ ...analyze(articles), unreadable: [] });
const changes = (report: Report) => report.discrepancies.filter((d) => / reports a (rise|fall) /.test(d.summary));
const compare = (...texts: string[]) => {
  const articles = texts.map((t) => articleFromText(t));
  const report = full(articles);
  expectVerbatim(report, new Map(articles.map((a, i) => [`S${i + 1}`, a])));
  return changes(report);
};

describe('GIVEN a sentence that tells of a change', () => {
  it('THEN a direction word counts only where a quantity moves', () => {
    const read = (text: string) => changesIn(text).map((c) => `${c.direction}:${c.word}`);
    expect(read('Sales represented a 12% decrease on the year.')).toEqual(['down:decrease']);
    expect(read('There was an increase in cereal sales.')).toEqual(['up:increase']);
    expect(read('Profits fell 8% to $2bn.')).toEqual(['down:fell']);
    expect(read('Revenue rose by 5 percent.')).toEqual(['up:rose']);
    expect(read('Exports dropped to $4bn.')).toEqual(['down:dropped']);
    // Not a measure: a body that fell, a man who jumped, a count before a verb.
    expect(read('A hiker fell from the clifftop at dawn.')).toEqual([]);
    expect(read('He jumped from the bridge into the river.')).toEqual([]);
    expect(read('Some 30 jumped into the water.')).toEqual([]);
    expect(read('Historians marked the fall of the old capital.')).toEqual([]);
    expect(read('Costs showed decreases of 70% and 31%.')).toEqual(['down:decreases']);
  });

  it('THEN each clause keeps its own terms, so a quarter’s fall and a year’s rise are told apart', () => {
    const [fall, rise] = changesIn(
      'For the third quarter, the sales figure represented a 12% decrease, while for the first nine months it represented a 3% increase.',
    );
    expect(fall).toMatchObject({ direction: 'down' });
    expect([...fall!.terms]).toEqual(expect.arrayContaining(['third', 'quarter', 'sale']));
    expect(rise).toMatchObject({ direction: 'up' });
    expect(rise!.terms.has('quarter')).toBe(false);
  });
});

describe('GIVEN two sources on one story', () => {
  it('THEN a rise told where the other source tells a fall of the same measure is a conflict, quoting both sentences', () => {
    const found = compare(
      EARNINGS.text,
      'Northwind Foods reported a third quarter increase in cereal sales and expects sales of $3bn in 2027. It plans to open a plant in Leeds.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'number' });
    expect(found[0]!.summary).toContain('S1 reports a fall (“represented a 12% decrease');
    expect(found[0]!.summary).toContain('S2 reports a rise (“a third quarter increase in cereal sales');
    expect(found[0]!.evidence.map((e) => e.sourceId)).toEqual(['S1', 'S2']);
  });

  it('THEN between dated reports it says which is newer: the later move may be an update', () => {
    const a = { ...articleFromText('Northwind Foods told traders in London of an increase in cereal sales in the third quarter.'), publishedAt: '2026-10-01T09:00:00Z' };
    const b = { ...articleFromText('Northwind Foods told traders in London that the third quarter brought a decrease in cereal sales.'), publishedAt: '2026-10-05T09:00:00Z' };
    const [found] = changes(full([a, b]));
    expect(found!.summary).toMatch(/S2 reports a fall \(“[^”]+”\)\. S2 was published 4 days after S1: its figure may be an update\.$/);
    expect(found!.summary.match(/was published/g)).toHaveLength(1);
    // With figures the figures detector finds the same pair first; the note is still said once.
    const withFigures = changes(full([{ ...a, text: a.text.replace('an increase', 'an increase of 4%') }, { ...b, text: b.text.replace('a decrease', 'a decrease of 2%') }]));
    expect(withFigures[0]!.summary).toMatch(/^Different figures for "percent"/);
    expect(withFigures[0]!.summary.match(/was published/g)).toHaveLength(1);
  });

  it('THEN the same direction, or a rise of another period the other source also tells, is no conflict', () => {
    expect(compare(EARNINGS.text, 'Northwind Foods reported a third quarter decline in cereal sales and expects sales of $3bn in 2027.')).toEqual([]);
    expect(compare(EARNINGS.text, 'Northwind Foods reported an increase in cereal sales over the first nine months and expects $3bn in 2027.')).toEqual([]);
  });

  it('THEN changes of two measures a closed set tells apart are not weighed against each other', () => {
    const a = 'The study found an increase in the rate of asthma among boys in northern towns over the decade, the health ministry said.';
    const b = 'The health ministry study found the rate of asthma among girls in northern towns showed a decrease over the decade.';
    expect(compare(a, b)).toEqual([]);
  });

  it('THEN moves told of different days are two moves', () => {
    const a = 'Shares in Northwind Foods rose 5% on Monday after the results, traders in London said.';
    const b = 'Shares in Northwind Foods fell 3% on Tuesday after the results, traders in London said.';
    expect(compare(a, b)).toEqual([]);
    expect(compare(a, b.replace('Tuesday', 'Monday'))).toHaveLength(1);
  });

  it('THEN a change that shares only a word or two with the other source’s is another measure', () => {
    const a = 'Oil prices rose 3% on Monday as traders weighed the storm, brokers in London said.';
    const b = 'Brokers in London said shipping costs fell 2% on the storm news, and oil traders were cautious.';
    expect(compare(a, b)).toEqual([]);
  });
});
