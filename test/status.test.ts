/** Outcomes and status: an act told as done by one report and as planned, expected or not done by another. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import { statusMentions } from '../src/analysis/detectors/status.js';
import { describe as word } from '../src/report/describe.js';
import type { Article, Report } from '../src/report/types.js';
import { articleFromText } from '../src/sources/text-article.js';
import { expectVerbatim } from './helpers/fixtures.js';

const read = (text: string) => statusMentions(text).map((m) => `${m.act.act}:${m.holding}`);

const report = (...articles: Article[]): Report => {
  const r = { ...analyze(articles), unreadable: [] };
  expectVerbatim(r, new Map(articles.map((a, i) => [`S${i + 1}`, a])));
  return r;
};
const statuses = (r: Report) => r.discrepancies.filter((d) => d.form === 'status');

const PORT = (sentence: string, publishedAt: string) =>
  articleFromText(
    [
      'Harbor Council and the port budget',
      sentence,
      'The budget pays for dredging the north channel and for two new cranes at the container terminal.',
      'Dock workers gathered outside the town hall in Marlow with banners about night shifts.',
      'Councillor Ines Varga said the cranes would cut waiting times for ships by half.',
    ].join('\n\n'),
    { publishedAt },
  );

describe('GIVEN a sentence that tells an act', () => {
  it('THEN a past form is an outcome, and a plan, an expectation or a condition is not', () => {
    expect(read('The Harbor Council passed the port budget on Monday.')).toEqual(['pass:done']);
    expect(read('The Harbor Council is expected to pass the port budget on Monday.')).toEqual(['pass:pending']);
    expect(read('The mayor plans to bring the budget up and the council could pass it within days.')).toEqual(['pass:pending']);
    expect(read('Officials said she would have resigned had the vote gone the other way.')).toEqual(['resign:pending']);
    expect(read('If the council passed the budget, the cranes would arrive in spring.')).toEqual(['pass:pending']);
    expect(read('Ministers worked for weeks to get the harbor budget passed.')).toEqual(['pass:pending']);
  });

  it('THEN a negation before the act says it did not happen', () => {
    expect(read('The council has not passed the budget.')).toEqual(['pass:not']);
    expect(read('The council failed to pass the budget.')).toEqual(['pass:not']);
    expect(read('The harbor master refused to resign over the spill.')).toEqual(['resign:not']);
    expect(read('The harbor master has not yet been charged with any crime.')).toEqual(['charge:not']);
  });

  it('THEN a word that is the same letters but another sense is no act', () => {
    expect(read('The debate was racially charged and loud.')).toEqual([]);
    expect(read('The plan won praise from dock workers.')).toEqual([]);
    expect(read('She won the primary by nine points.')).toEqual(['win:done']);
    expect(read('The charge sheet runs to forty pages.')).toEqual([]);
  });
});

describe('GIVEN two reports of one council vote, dated two days apart', () => {
  const later = PORT('The Harbor Council passed the port budget for the north channel on Thursday, after a long debate.', '2026-05-08T18:00:00Z');
  const earlier = PORT('The Harbor Council is expected to pass the port budget for the north channel on Thursday, after a long debate.', '2026-05-06T18:00:00Z');

  it('THEN the report that says it passed and the one that says it is expected are a status discrepancy, with the later report named', () => {
    const [d, ...rest] = statuses(report(later, earlier));
    expect(rest).toEqual([]);
    expect(d?.kind).toBe('claim');
    expect(d?.later).toEqual({ sourceId: 'S1', earlier: 'S2', hours: 48 });
    expect(d?.values?.map((v) => [v.sourceId, v.value])).toEqual([
      ['S1', 'done'],
      ['S2', 'planned or expected'],
    ]);
    expect(d?.summary).toBe(
      'Status of “pass”: S1 says it happened (“passed the port budget”), S2 says it is only planned or expected (“expected to pass the port budget”). S1 was published 2 days after S2: its account may be an update.',
    );
  });

  it('THEN the later-report note is worded in every locale the engine speaks (English otherwise)', () => {
    const [d] = statuses(report(later, earlier));
    const said = { en: 'S1 was published 2 days after S2', de: 'S1 erschien 2 Tage nach S2', fr: 'S1 a été publié 2 jours après S2', es: 'S1 se publicó 2 días después de S2', nl: 'S1 was published 2 days after S2' };
    for (const [locale, note] of Object.entries(said)) expect(word(d!, locale)).toContain(note);
  });

  it('THEN the same two reports dated alike still differ, without a later report', () => {
    const a = PORT('The Harbor Council passed the port budget for the north channel after a long debate.', '2026-05-08T18:00:00Z');
    const b = PORT('The Harbor Council is expected to pass the port budget for the north channel after a long debate.', '2026-05-08T18:00:00Z');
    const [d] = statuses(report(a, b));
    expect(d?.values?.map((v) => v.value)).toEqual(['done', 'planned or expected']);
    expect(d?.later).toBeUndefined();
    expect(d?.summary).not.toMatch(/published/);
  });
});

describe('GIVEN one legislature and one measure told in other words', () => {
  const passed = (publishedAt: string) => PORT('Councillors, meanwhile, passed legislation in the Assembly that would fund the harbor, but not the cranes.', publishedAt);
  const planned = (publishedAt: string) => PORT('The speaker, who returns to the Assembly chair on Monday, intends as her first act to pass spending bills that lapsed in winter.', publishedAt);

  it('THEN a later report that it passed against an earlier plan to pass it is a status discrepancy, the later report named', () => {
    const [d] = statuses(report(passed('2026-05-08T18:00:00Z'), planned('2026-05-06T18:00:00Z')));
    expect(d?.later?.sourceId).toBe('S1');
    expect(d?.evidence.map((e) => e.sourceId)).toEqual(['S1', 'S2']);
  });

  it('THEN an earlier report that it passed against a later plan is not one matter (news moves from plan to outcome)', () => {
    expect(statuses(report(passed('2026-05-06T18:00:00Z'), planned('2026-05-08T18:00:00Z')))).toEqual([]);
  });
});

describe('GIVEN acts that both hold', () => {
  it('THEN one body passing a bill and another expected to pass it is no conflict', () => {
    const a = PORT('The Assembly passed the port budget for the north channel on Thursday, after a long debate.', '2026-05-08T18:00:00Z');
    const b = PORT('The Senate is expected to pass the port budget for the north channel next week, after a long debate.', '2026-05-08T18:00:00Z');
    expect(statuses(report(a, b))).toEqual([]);
  });

  it('THEN two acts that share only a common word are not one matter', () => {
    const a = PORT('The Harbor Council passed a bill on ferry fares last year.', '2026-05-08T18:00:00Z');
    const b = PORT('Dock unions hope to pass a bill that secures pensions for crane drivers.', '2026-05-08T18:00:00Z');
    expect(statuses(report(a, b))).toEqual([]);
  });

  it('THEN convicted against acquitted of one charge is a conflict of two acts', () => {
    const a = PORT('A jury convicted harbor master Tomas Reyes of fraud over the dredging contract on Friday.', '2026-05-08T18:00:00Z');
    const b = PORT('A jury acquitted harbor master Tomas Reyes of fraud over the dredging contract on Friday.', '2026-05-08T18:00:00Z');
    const [d] = statuses(report(a, b));
    expect(d?.subject).toBe('convict / acquit');
    expect(d?.summary).toMatch(/^Status of “convict \/ acquit”: S1 says convicted \(“convicted harbor master Tomas”\), S2 says acquitted/);
  });
});

describe('GIVEN talks told as an agreement in a later report and as no deal in an earlier one', () => {
  const talks = (sentence: string, publishedAt: string) =>
    articleFromText(['Marlow and Kell port talks', sentence, 'The two ports share the north channel and its dredging fleet.', 'Harbor master Tomas Reyes led the talks for Marlow.'].join('\n\n'), { publishedAt });

  it('THEN the outcome discrepancy names the later report, which may be an update', () => {
    const r = report(
      talks('Marlow and Kell agreed to share the dredging fleet for the north channel.', '2026-05-09T12:00:00Z'),
      talks('Talks between Marlow and Kell on sharing the dredging fleet for the north channel ended without agreement.', '2026-05-07T12:00:00Z'),
    );
    const d = r.discrepancies.find((x) => x.form === 'outcome');
    expect(d?.later).toEqual({ sourceId: 'S1', earlier: 'S2', hours: 48 });
    expect(d?.summary).toMatch(/S1 reports an agreement; S2 says nothing concrete came of it\. S1 was published 2 days after S2: its account may be an update\.$/);
  });
});

describe('GIVEN pleas told by two reports', () => {
  const plea = (sentence: string) => PORT(sentence, '2026-05-08T18:00:00Z');

  it('THEN guilty against not guilty to one charge is a conflict, and pleas to two charges are not', () => {
    const one = statuses(report(plea('Harbor master Tomas Reyes pleaded guilty to fraud over the dredging contract.'), plea('Harbor master Tomas Reyes pleaded not guilty to fraud over the dredging contract.')));
    expect(one.map((d) => d.subject)).toEqual(['plead guilty / plead not guilty']);
    const two = statuses(report(plea('Harbor master Tomas Reyes pleaded not guilty to fraud over the dredging contract.'), plea('Harbor master Tomas Reyes pleaded guilty to bribery over the dredging contract.')));
    expect(two).toEqual([]);
  });
});
