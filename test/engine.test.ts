import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import type { Article, Report } from '../src/report/types.js';
import { articleFromText } from '../src/sources/text-article.js';
import { expectVerbatim, fixtureArticle } from './helpers/fixtures.js';

const byId = (articles: Article[]) => new Map(articles.map((a, i) => [`S${i + 1}`, a]));
const full = (articles: Article[]): Report => ({ ...analyze(articles), unreadable: [] });

describe('GIVEN two reports of one bridge collapse and a concert review', () => {
  const articles = ['herald-bridge.html', 'tribune-bridge.html', 'orchestra.html'].map(fixtureArticle);
  const report = full(articles);

  it('THEN the concert is set apart as a different event, with the reason', () => {
    expect(report.sources.map((s) => s.sameEvent)).toEqual([true, true, false]);
    const event = report.discrepancies.find((d) => d.kind === 'event')!;
    expect(event.summary).toMatch(/S3 reports a different event from S1 and S2/);
    expect(report.sources[2]!.notes.join(' ')).toMatch(/2023-11-18/);
  });

  it('THEN the death tolls that cannot both be true are a number discrepancy with both sentences', () => {
    const d = report.discrepancies.find((x) => x.kind === 'number')!;
    expect(d.summary).toContain('12 people');
    expect(d.summary).toContain('15 people');
    expect(d.evidence.map((e) => e.sourceId)).toEqual(['S1', 'S2']);
  });

  it('THEN the mayor quoted in two wordings is a quote discrepancy', () => {
    const d = report.discrepancies.find((x) => x.kind === 'quote')!;
    expect(d.evidence[0]!.quote).toContain('within two years');
    expect(d.evidence[1]!.quote).toContain('within three years');
  });

  it('THEN "agreed to fund" against "ended without agreement" is a claim discrepancy', () => {
    const d = report.discrepancies.find((x) => x.kind === 'claim')!;
    expect(d.summary).toMatch(/S1 reports an agreement; S2 says nothing concrete came of it/);
  });

  it('THEN contradictions come before coverage differences, and the event comes last', () => {
    const kinds = report.discrepancies.map((d) => d.kind);
    expect(kinds.at(-1)).toBe('event');
    expect(kinds.indexOf('number')).toBeLessThan(kinds.indexOf('claim'));
  });

  it('THEN a contested sentence is not shown as agreement, and every quote is verbatim', () => {
    const contested = report.discrepancies.filter((d) => d.kind === 'number').flatMap((d) => d.evidence.map((e) => e.quote));
    expect(report.consensus.some((c) => contested.includes(c.text))).toBe(false);
    expectVerbatim(report, byId(articles));
  });

  it('THEN the story is named after the main event and dated', () => {
    expect(report.event?.title).toMatch(/bridge/i);
    expect(report.event?.date).toBe('2026-03-04');
  });
});

describe('GIVEN three reports that agree on the facts', () => {
  const a = articleFromText('Port reopens\n\nThe port of Selby reopened on Monday after a two-week strike by dock workers ended with a pay deal.');
  const b = articleFromText('Selby port back to work\n\nDock workers returned to the port of Selby on Monday, ending a two-week strike after a pay deal was signed.');
  const c = articleFromText('Strike over at Selby\n\nThe two-week strike at the port of Selby ended on Monday when dock workers accepted a pay deal.');
  const report = full([a, b, c]);

  it('THEN they are one event, agree on the shared fact, and no contradiction is invented', () => {
    expect(report.sources.every((s) => s.sameEvent)).toBe(true);
    expect(report.consensus.length).toBeGreaterThan(0);
    expect(report.consensus[0]!.sources.length).toBeGreaterThanOrEqual(2);
    expect(report.discrepancies.filter((d) => ['number', 'quote', 'name', 'claim', 'event'].includes(d.kind))).toEqual([]);
    expectVerbatim(report, byId([a, b, c]));
  });
});

describe('GIVEN generated sources (property: evidence is always verbatim)', () => {
  const subjects = ['The council', 'Mayor Jane Holt', 'The minister', 'Police', 'The company', 'Rescue teams'];
  const verbs = ['said', 'confirmed', 'denied', 'agreed', 'did not agree', 'reported'];
  const objects = ['that 12 people were hurt', 'that 15 people were hurt', 'a deal on funding', 'no progress on the talks', '"we will rebuild the bridge within two years"', 'that the port of Selby would reopen on Monday'];
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const sentence = () => `${subjects[rand(subjects.length)]} ${verbs[rand(verbs.length)]} ${objects[rand(objects.length)]}.`;

  it('holds on 40 random comparisons of 2–6 sources', () => {
    for (let run = 0; run < 40; run++) {
      const n = 2 + rand(5);
      const articles = Array.from({ length: n }, (_, i) =>
        articleFromText(`Story ${i}\n\n${Array.from({ length: 3 + rand(6) }, sentence).join('  ')}\n\n${Array.from({ length: 2 + rand(4) }, sentence).join(' ')}`),
      );
      const report = full(articles);
      expect(report.sources.map((s) => s.id)).toEqual(articles.map((_, i) => `S${i + 1}`));
      expectVerbatim(report, byId(articles));
    }
  });
});

const SEEDS = new URL('../../shared/fixtures/seeds/', import.meta.url);
describe.runIf(existsSync(SEEDS))('GIVEN the five seed articles (../shared, when present)', () => {
  const files = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
  const articles = files.map((f) => articleFromText(readFileSync(new URL(f, SEEDS), 'utf8')));

  it('THEN 000–003 are one event, 004 is another, and real differences are listed verbatim', () => {
    const report = full(articles);
    expect(report.sources.map((s) => s.sameEvent)).toEqual([true, true, true, true, false]);
    expect(report.discrepancies.filter((d) => d.kind === 'event')).toHaveLength(1);
    expect(report.discrepancies.filter((d) => d.kind !== 'event').length).toBeGreaterThanOrEqual(3);
    // Putin pressing Trump on North Korea is a fact the other reports leave out, shown in S4's words.
    const northKorea = report.discrepancies.find((d) => d.kind === 'omission' && d.evidence.some((e) => /Putin.*de-escalate tensions/.test(e.quote)));
    expect(northKorea?.silent).toEqual(['S1', 'S2', 'S3']);
    expectVerbatim(report, byId(articles));
  });
});

describe('GIVEN a source that is only the visible start of a paywalled article', () => {
  const full = articleFromText('Tram approved\n\nThe city council approved the new tram line on Monday. The line will cost 400 million euros. Mayor Ana Costa said the first trams would run in 2029. Shopkeepers on Harbour Street fear two years of roadworks. Costa said the city would borrow the money.');
  const partial = { ...articleFromText('Tram approved\n\nThe city council approved the new tram line on Monday.'), notes: ['Partial: the page shows a paywall; only the 10 words before it were read.'] };

  it('THEN what it could not show is never listed as something it leaves out', () => {
    const report: Report = { ...analyze([full, partial]), unreadable: [] };
    expect(report.discrepancies.filter((d) => d.kind === 'omission').flatMap((d) => d.silent ?? [])).not.toContain('S2');
    expect(report.sources[1]!.notes[0]).toMatch(/^Partial/);
  });
});

describe('GIVEN one wire story reprinted by two outlets and an independent report', () => {
  const wire = 'The port of Selby reopened on Monday after a two-week strike by dock workers ended with a pay deal. The union said members voted by a large majority to accept a rise of six percent over two years. Ships that had waited off the coast began to dock in the afternoon, the port authority said.';
  const a = articleFromText(`Port reopens\n\n${wire}`);
  const b = articleFromText(`Selby port reopens after strike\n\n${wire} Local shops expect trade to recover within weeks.`);
  const c = articleFromText('Strike over at Selby\n\nDock workers in Selby ended their two-week strike on Monday and the port reopened after a pay deal.');
  const report = { ...analyze([a, b, c]), unreadable: [] };

  it('THEN the reprints are marked as one origin and do not confirm each other', () => {
    expect(report.sources[0]!.notes.join(' ')).toMatch(/S1 carries the same text as S2 \(\d+% of its wording\): one origin/);
    expect(report.sources[2]!.notes).toEqual([]);
    for (const point of report.consensus) expect(point.sources.includes('S3')).toBe(true);
  });
});

describe('GIVEN two dated reports with different death tolls', () => {
  const early = { ...articleFromText('Bridge falls\n\n12 people were killed when the Harbor Bridge collapsed in Marlow on Tuesday evening.'), publishedAt: '2026-03-03T20:00:00Z' };
  const late = { ...articleFromText('Toll rises\n\n15 people were killed when the Harbor Bridge collapsed in Marlow on Tuesday evening.'), publishedAt: '2026-03-05T08:00:00Z' };

  it('THEN the discrepancy says which report is newer', () => {
    const d = analyze([early, late]).discrepancies.find((x) => x.kind === 'number')!;
    expect(d.summary).toMatch(/S2 was published 36 h after S1: its figure may be an update\./);
  });
});

describe('GIVEN two reports that put the same happening on different days', () => {
  // Published on Wednesday 2026-03-04: "Tuesday" is 2026-03-03. The other says Monday.
  const a = { ...articleFromText('Bridge falls\n\nThe Harbor Bridge in Marlow collapsed on Tuesday evening as commuters crossed it.'), publishedAt: '2026-03-04T08:00:00Z' };
  const b = { ...articleFromText('Bridge down\n\nThe Harbor Bridge in Marlow collapsed on Monday evening as commuters crossed it.'), publishedAt: '2026-03-04T09:00:00Z' };
  const c = { ...articleFromText('Bridge down\n\nThe Harbor Bridge in Marlow collapsed yesterday evening as commuters crossed it.'), publishedAt: '2026-03-04T10:00:00Z' };

  it('THEN the days are resolved against each publication date and the conflict is shown', () => {
    const d = analyze([a, b]).discrepancies.find((x) => x.kind === 'date')!;
    expect(d.summary).toBe('Different days for the same happening: S1 says "Tuesday" (2026-03-03), S2 says "Monday" (2026-03-02).');
  });

  it('THEN "Tuesday" and "yesterday" written on Wednesday are the same day, not a conflict', () => {
    expect(analyze([a, c]).discrepancies.filter((x) => x.kind === 'date')).toEqual([]);
  });
});

describe('GIVEN the same sign-in page fetched twice and one real report', () => {
  const wall = 'Sign in to keep reading\n\nCreate a free account to follow topics, save stories for later and get alerts on your phone. Already a member? Log in with your email address.';
  const report = full([articleFromText(wall), articleFromText(wall), fixtureArticle('herald-bridge.html')]);

  it('THEN two copies of one page do not outvote the report: the report is the main event and tells the story', () => {
    expect(report.sources.map((s) => s.sameEvent)).toEqual([false, false, true]);
    expect(report.event?.summary).toMatch(/\[S3\]/);
    expect(report.event?.summary).not.toMatch(/\[S[12]\]/);
  });
});

describe('GIVEN a headline pasted alone and a full report', () => {
  const report = articleFromText(
    [
      'Storm floods Selby',
      'Heavy rain on Monday forced the council to close eleven schools in Selby and the surrounding villages.',
      'Roads into the town centre were shut by midday, and buses ran only on the main ring road.',
      'The council said the schools would stay closed until the water had gone down.',
      'Shops on the market square put sandbags at their doors as the rain went on into the evening.',
      'Late in the afternoon the river Ouse burst its banks near the old mill, and firefighters rescued two people from a car stranded in the flood water.',
      'Both were taken to hospital as a precaution and later went home.',
    ].join('\n\n'),
  );

  it('THEN a headline about something the report tells further down is the same event', () => {
    const found = analyze([articleFromText('Firefighters rescue two from stranded car as Ouse bursts its banks'), report]);
    expect(found.sources.map((s) => s.sameEvent)).toEqual([true, true]);
  });

  it('THEN a headline naming the report’s places and things in other forms of their words is the same event', () => {
    const ash = articleFromText(
      [
        'Ash cloud closes airports',
        'Ash from a volcano in Iceland closed airports across the north of Europe on Tuesday.',
        'Airlines cancelled hundreds of flights as the cloud drifted south over Norway and Scotland.',
        'Scientists said the volcano could go on sending ash into the air for days.',
        'Passengers slept in terminals in Oslo, Edinburgh and Copenhagen.',
        'The last time so much of the sky was closed, travellers waited a week to get home.',
      ].join('\n\n'),
    );
    const found = analyze([articleFromText('Europeans stranded as Icelandic volcanic plume shuts skies'), ash]);
    expect(found.sources.map((s) => s.sameEvent)).toEqual([true, true]);
  });

  it('THEN a headline about another story in the same town is not', () => {
    const found = analyze([articleFromText('Selby chess club wins national junior title after tense final'), report]);
    expect(found.sources.map((s) => s.sameEvent)).not.toEqual([true, true]);
  });
});
