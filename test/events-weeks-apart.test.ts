/** Reports of one topic weeks apart that tell different happenings are different events. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import { articleFromText } from '../src/sources/text-article.js';

const FOURTEENTH_DAY = [
  'Ferry strike on the Ardra line enters its fourteenth day',
  'The strike by ferry crews on the Ardra line entered its fourteenth day on Monday, with no talks scheduled between the union and Kell Lines.',
  'Islanders on Ardra have queued for hours at the harbour for the one relief boat the council still runs.',
  'The crews want a guarantee of jobs for five years and pay for night shifts on the winter timetable.',
  'Kell Lines said it had offered a guarantee of three years and would not go further.',
  'Shops on the island have begun to run short of fresh milk and bread.',
].join('\n\n');

const FOURTEENTH_DAY_TOO = [
  'Two weeks on, Ardra ferry strike drags on with no talks',
  'Ferry crews on the Ardra line were on strike for a fourteenth day on Monday, and neither the union nor Kell Lines has called new talks.',
  'A single relief boat run by the council carries islanders and post, with queues at the harbour since dawn.',
  'The union is asking for five years of job guarantees and extra pay for winter night shifts.',
  'Kell Lines said its offer of a three-year guarantee was final.',
  'Island shops are short of milk and bread.',
].join('\n\n');

const THE_END = [
  'Ardra ferries sail again as crews accept five-year deal',
  'Ferries returned to the Ardra line on Thursday after crews voted to accept a deal that guarantees their jobs for five years, ending a strike of seven weeks.',
  'The first boat left the harbour at six in the morning, carrying lorries of milk and bread for the island shops.',
  'Kell Lines agreed to pay for night shifts on the winter timetable, which the union had sought since the start of the strike.',
  'The council ended its relief boat service the same day.',
  'Union leaders thanked islanders for their patience.',
].join('\n\n');

describe('GIVEN two reports of a strike on its fourteenth day and one of its end five weeks later', () => {
  const articles = [
    articleFromText(FOURTEENTH_DAY, { publishedAt: '2026-02-02T10:00:00Z' }),
    articleFromText(THE_END, { publishedAt: '2026-03-12T10:00:00Z' }),
    articleFromText(FOURTEENTH_DAY_TOO, { publishedAt: '2026-02-02T16:00:00Z' }),
  ];
  const report = analyze(articles);

  it('THEN the end of the strike is set apart as a later event of the same story, with the reason', () => {
    expect(report.sources.map((s) => s.sameEvent)).toEqual([true, false, true]);
    const event = report.discrepancies.find((d) => d.kind === 'event')!;
    expect(event.summary).toMatch(/^S2 reports a different event from S1 and S3\./);
    expect(report.sources[1]!.notes.join(' ')).toMatch(/S2 is dated 2026-03-12, 38 days from S1, S3 \(dated around 2026-02-02\), and its lead places its happening on other days: a later event of the same story\./);
  });

  it('THEN the event title comes from the main group, never from the report set apart', () => {
    expect([articles[0]!.title, articles[2]!.title]).toContain(report.event?.title);
    expect(report.event?.date).toBe('2026-02-02');
  });

  it('THEN the same reports dated days apart stay one event', () => {
    const near = analyze([
      articleFromText(FOURTEENTH_DAY, { publishedAt: '2026-02-02T10:00:00Z' }),
      articleFromText(THE_END, { publishedAt: '2026-02-09T10:00:00Z' }),
      articleFromText(FOURTEENTH_DAY_TOO, { publishedAt: '2026-02-02T16:00:00Z' }),
    ]);
    expect(near.sources.map((s) => s.sameEvent)).toEqual([true, true, true]);
  });

  it('THEN a report weeks later whose lead places the happening on the same day stays one event', () => {
    const lookingBack = FOURTEENTH_DAY_TOO.replace('for a fourteenth day on Monday', 'for a fourteenth day on Feb. 2');
    const again = analyze([
      articleFromText(FOURTEENTH_DAY, { publishedAt: '2026-02-02T10:00:00Z' }),
      articleFromText(lookingBack, { publishedAt: '2026-03-02T16:00:00Z' }),
    ]);
    expect(again.sources.map((s) => s.sameEvent)).toEqual([true, true]);
  });
});
