/** Outcomes told further by one report than another, of one subject: resigned / only apologised, won / leads, killed / wounded, charged / under investigation. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import { describe as word } from '../src/report/describe.js';
import type { Article, Discrepancy, Report } from '../src/report/types.js';
import { articleFromText } from '../src/sources/text-article.js';
import { expectVerbatim } from './helpers/fixtures.js';

const report = (...articles: Article[]): Report => {
  const r = { ...analyze(articles), unreadable: [] };
  expectVerbatim(r, new Map(articles.map((a, i) => [`S${i + 1}`, a])));
  return r;
};
/** Shortfalls shown, and those only listed as possible. */
const shown = (r: Report) => r.discrepancies.filter((d) => d.form === 'shortfall');
const possible = (r: Report) => (r.possible ?? []).filter((d) => d.form === 'shortfall');
const sides = (d: Discrepancy | undefined) => d?.values?.map((v) => [v.sourceId, v.value]);

/** A report on the ferry office of an invented harbor town, with one sentence of its own. */
const FERRY = (sentence: string, publishedAt = '2026-05-08T18:00:00Z') =>
  articleFromText(
    [
      'Ferry office of Marlow after the timetable failure',
      `Harbor master Tomas Reyes faced the Marlow council over the ferry timetable failure. ${sentence}`,
      'The failure left hundreds of commuters stranded on the north pier for most of a weekend.',
      'Dock workers gathered outside the town hall in Marlow with banners about night shifts.',
      'Councillor Ines Varga said the ferry office would publish a new timetable within a month.',
    ].join('\n\n'),
    { publishedAt },
  );

describe('GIVEN one report that says the harbor master resigned and another that says only that he apologised', () => {
  const resigned = FERRY('Tomas Reyes resigned on Monday after the ferry timetable failure.');
  const apologised = FERRY('Tomas Reyes apologised on Monday for the ferry timetable failure.');

  it('THEN it is a shortfall shown for the one full name, with the stronger outcome first', () => {
    const [d, ...rest] = shown(report(resigned, apologised));
    expect(rest).toEqual([]);
    expect(d?.kind).toBe('claim');
    expect(d?.subject).toBe('Tomas Reyes');
    expect(sides(d)).toEqual([
      ['S1', 'resign'],
      ['S2', 'apologise'],
    ]);
    expect(d?.summary).toBe('Outcome for “Tomas Reyes”: S1 tells of a resignation (“Tomas Reyes resigned on Monday after”), S2 only of an apology (“Tomas Reyes apologised on Monday for”).');
  });

  it('THEN the same pair is worded in German, French and Spanish', () => {
    const [d] = shown(report(resigned, apologised));
    expect(word(d!, 'de')).toMatch(/^Ausgang für „Tomas Reyes“: S1 berichtet von einem Rücktritt \(„Tomas Reyes resigned on Monday after“\), S2 nur von einer Entschuldigung/);
    expect(word(d!, 'fr')).toMatch(/^Issue pour «\u00a0Tomas Reyes\u00a0»\u00a0: S1 fait état d’une démission .*, S2 seulement d’excuses/);
    expect(word(d!, 'es')).toMatch(/^Desenlace para «Tomas Reyes»: S1 habla de una dimisión .* y S2, solo de una disculpa/);
  });

  it('THEN one that says he stays on falls short of the resignation too', () => {
    const [d] = shown(report(resigned, FERRY('Tomas Reyes stays on as harbor master after the ferry timetable failure.')));
    expect(sides(d)).toEqual([
      ['S1', 'resign'],
      ['S2', 'stay'],
    ]);
  });

  it('THEN a report that says he apologised and resigned is no shortfall against one that says he resigned', () => {
    const both = FERRY('Tomas Reyes apologised and then resigned on Monday over the ferry timetable failure.');
    expect([...shown(report(resigned, both)), ...possible(report(resigned, both))]).toEqual([]);
  });

  it('THEN a report that says he refused to resign is the status detector’s, not a shortfall', () => {
    const refused = FERRY('Tomas Reyes refused to resign and apologised on Monday for the ferry timetable failure.');
    expect([...shown(report(resigned, refused)), ...possible(report(resigned, refused))]).toEqual([]);
  });

  it('THEN an apology by someone else is no shortfall', () => {
    const other = FERRY('Ines Varga apologised on Monday for the ferry timetable failure.');
    expect([...shown(report(resigned, other)), ...possible(report(resigned, other))]).toEqual([]);
  });

  it('THEN two people who share a family name are not one subject', () => {
    const sister = FERRY('Her deputy, Marta Reyes, apologised on Monday. Marta Reyes apologised again on Tuesday.');
    expect([...shown(report(resigned, sister)), ...possible(report(resigned, sister))]).toEqual([]);
  });

  it('THEN a family name alone in one report is only possible (it may be someone else)', () => {
    const surname = articleFromText(
      [
        'Ferry office of Marlow',
        'Reyes apologised on Monday for the ferry timetable failure, the harbor office said.',
        'The failure left hundreds of commuters stranded on the north pier for most of a weekend.',
        'Dock workers gathered outside the town hall in Marlow with banners about night shifts.',
        'The Marlow council meets again next week to hear from the ferry office and the dock unions.',
      ].join('\n\n'),
      { publishedAt: '2026-05-08T18:00:00Z' },
    );
    const r = report(resigned, surname);
    expect(shown(r)).toEqual([]);
    expect(sides(possible(r)[0])).toEqual([
      ['S1', 'resign'],
      ['S2', 'apologise'],
    ]);
  });
});

describe('GIVEN reports dated apart', () => {
  it('THEN the later report that says he resigned is named as a possible update', () => {
    const r = report(FERRY('Tomas Reyes resigned on Monday after the ferry timetable failure.', '2026-05-10T18:00:00Z'), FERRY('Tomas Reyes apologised on Monday for the ferry timetable failure.', '2026-05-08T18:00:00Z'));
    const [d] = shown(r);
    expect(d?.later).toEqual({ sourceId: 'S1', earlier: 'S2', hours: 48 });
    expect(d?.summary).toMatch(/S1 was published 2 days after S2: its account may be an update\.$/);
    expect(word(d!, 'de')).toContain('S1 erschien 2 Tage nach S2');
  });
});

/** A report on an invented council race. */
const RACE = (sentence: string) =>
  articleFromText(
    [
      'Marlow council race',
      `Voters in Marlow chose a new council member for the harbor ward on Tuesday. ${sentence}`,
      'Turnout was the highest in the ward for a decade, the election office said.',
      'The harbor ward covers the north pier, the ferry office and the fish market.',
    ].join('\n\n'),
    { publishedAt: '2026-05-08T18:00:00Z' },
  );

describe('GIVEN one report that says a candidate won and another that says she leads the count', () => {
  it('THEN it is a shortfall: a lead in a count still going on is not yet a win', () => {
    const [d] = shown(report(RACE('Ines Varga won the race for the harbor ward seat.'), RACE('Ines Varga leads the count in the race for the harbor ward seat.')));
    expect(sides(d)).toEqual([
      ['S1', 'win'],
      ['S2', 'lead'],
    ]);
    expect(d?.summary).toMatch(/S1 tells of a win .*, S2 only of a lead in the count/);
  });

  it('THEN a lead in the polls is before the vote, and won praise is no win', () => {
    const polls = RACE('Ines Varga leads in the polls for the harbor ward race.');
    expect([...shown(report(RACE('Ines Varga won the race for the harbor ward seat.'), polls)), ...possible(report(RACE('Ines Varga won the race for the harbor ward seat.'), polls))]).toEqual([]);
    const praise = RACE('Ines Varga won praise for her campaign, and the count is still going on.');
    const leads = RACE('Ines Varga leads the count in the race for the harbor ward seat.');
    expect([...shown(report(praise, leads)), ...possible(report(praise, leads))]).toEqual([]);
  });
});

/** A report on an invented crash. */
const CRASH = (sentence: string) =>
  articleFromText(
    [
      'Crash on the Marlow coast road',
      `A truck hit a police checkpoint on the Marlow coast road late on Friday. ${sentence}`,
      'The road was closed for six hours while investigators examined the scene.',
      'The truck driver was taken into custody, police said.',
    ].join('\n\n'),
    { publishedAt: '2026-05-08T18:00:00Z' },
  );

describe('GIVEN one report that says two officers were killed and another that says two officers were wounded', () => {
  it('THEN it is a shortfall of one counted group', () => {
    const [d] = shown(report(CRASH('Two officers were killed at the checkpoint.'), CRASH('Two officers were wounded at the checkpoint.')));
    expect(d?.subject).toBe('Two officers');
    expect(sides(d)).toEqual([
      ['S1', 'kill'],
      ['S2', 'injure'],
    ]);
    expect(d?.summary).toMatch(/^Outcome for “Two officers”: S1 tells of deaths \(“Two officers were killed at the checkpoint”\), S2 only of injuries/);
  });

  it('THEN a count in words and one in figures are one count', () => {
    const [d] = shown(report(CRASH('Two officers were killed at the checkpoint.'), CRASH('Police said 2 officers were wounded at the checkpoint.')));
    expect(sides(d)).toEqual([
      ['S1', 'kill'],
      ['S2', 'injure'],
    ]);
  });

  it('THEN the active voice reads the same group: the crash killed two officers', () => {
    const [d] = shown(report(CRASH('The crash killed two officers at the checkpoint.'), CRASH('Two officers were wounded at the checkpoint.')));
    expect(sides(d)).toEqual([
      ['S1', 'kill'],
      ['S2', 'injure'],
    ]);
  });

  it('THEN different groups (officers killed, bystanders wounded) or a report that tells both are no shortfall', () => {
    const a = CRASH('Two officers were killed at the checkpoint.');
    for (const b of [CRASH('Three people were wounded at the checkpoint.'), CRASH('Two officers were killed and two officers were wounded at the checkpoint.')]) {
      expect([...shown(report(a, b)), ...possible(report(a, b))]).toEqual([]);
    }
    const both = CRASH('Two officers were killed at the checkpoint, and two officers were wounded.');
    const wounded = CRASH('Two officers were wounded at the checkpoint.');
    expect([...shown(report(both, wounded)), ...possible(report(both, wounded))]).toEqual([]);
  });

  it('THEN the one who killed is not the one killed: a driver who killed two officers is no victim', () => {
    const a = CRASH('Police said the driver Tomas Reyes killed two officers at the checkpoint.');
    const b = CRASH('Tomas Reyes was wounded at the checkpoint, police said.');
    expect([...shown(report(a, b)), ...possible(report(a, b))]).toEqual([]);
  });
});

describe('GIVEN one report that says the driver was charged and another that says he is under investigation', () => {
  it('THEN it is a shortfall, and questioned or a person of interest falls short too', () => {
    const charged = CRASH('Prosecutors charged Tomas Reyes with manslaughter on Saturday.');
    for (const weaker of ['Tomas Reyes is under investigation, prosecutors said on Saturday.', 'Detectives questioned Tomas Reyes on Saturday.', 'Tomas Reyes has been named a person of interest, prosecutors said on Saturday.']) {
      const [d] = shown(report(charged, CRASH(weaker)));
      expect(sides(d)).toEqual([
        ['S1', 'charge'],
        ['S2', 'investigate'],
      ]);
    }
  });

  it('THEN an indictment in the passive reads the same', () => {
    const [d] = shown(report(CRASH('Tomas Reyes was indicted by a grand jury on Saturday.'), CRASH('Tomas Reyes remains under investigation, prosecutors said on Saturday.')));
    expect(sides(d)).toEqual([
      ['S1', 'indict'],
      ['S2', 'investigate'],
    ]);
  });

  it('THEN acts on two days named apart are only possible', () => {
    const r = report(CRASH('Prosecutors charged Tomas Reyes with manslaughter on Monday.'), CRASH('Detectives questioned Tomas Reyes on Saturday.'));
    expect(shown(r)).toEqual([]);
    expect(possible(r).length).toBe(1);
  });

  it('THEN questioned by reporters is no police matter, and someone else under investigation is no shortfall', () => {
    const charged = CRASH('Prosecutors charged Tomas Reyes with manslaughter on Saturday.');
    for (const b of [CRASH('Tomas Reyes was questioned by reporters outside the court on Saturday.'), CRASH('Ines Varga is under investigation, prosecutors said on Saturday.')]) {
      expect([...shown(report(charged, b)), ...possible(report(charged, b))]).toEqual([]);
    }
  });
});

describe('GIVEN a leader who is no lead in a count', () => {
  it('THEN "leads the party" beside a word of votes is no lead, and a survey lead is no count', () => {
    const won = RACE('Ines Varga won the race for the harbor ward seat.');
    for (const b of [RACE('Ines Varga leads the harbor party, which took most votes last time.'), RACE('Ines Varga leads with 40 percent of the voters surveyed, ahead of the vote count.')]) {
      expect([...shown(report(won, b)), ...possible(report(won, b))]).toEqual([]);
    }
  });
});

describe('GIVEN a resignation told with a year the other report does not give', () => {
  it('THEN it may be an older step of the story: only possible', () => {
    const r = report(FERRY('Tomas Reyes resigned from the dock board in 2019 after a similar failure.'), FERRY('Tomas Reyes apologised for the ferry timetable failure.'));
    expect(shown(r)).toEqual([]);
    expect(possible(r).length).toBe(1);
  });
});

describe('GIVEN an arrest against a charge, and a resignation announced', () => {
  it('THEN a charge goes further than an arrest, and an arrest further than questioning', () => {
    const [a] = shown(report(CRASH('Prosecutors charged Tomas Reyes with manslaughter on Saturday.'), CRASH('Tomas Reyes was arrested at the checkpoint on Saturday.')));
    expect(sides(a)).toEqual([
      ['S1', 'charge'],
      ['S2', 'arrest'],
    ]);
    const [b] = shown(report(CRASH('Tomas Reyes was arrested at the checkpoint on Saturday.'), CRASH('Detectives questioned Tomas Reyes at the checkpoint on Saturday.')));
    expect(sides(b)).toEqual([
      ['S1', 'arrest'],
      ['S2', 'investigate'],
    ]);
  });

  it('THEN "announced his resignation" is a resignation, and a report of both an arrest and a charge is no shortfall of the charge', () => {
    const [d] = shown(report(FERRY('Tomas Reyes announced his resignation on Monday.'), FERRY('Tomas Reyes apologised on Monday for the ferry timetable failure.')));
    expect(sides(d)).toEqual([
      ['S1', 'resign'],
      ['S2', 'apologise'],
    ]);
    const both = CRASH('Tomas Reyes was arrested on Saturday and later charged with manslaughter.');
    const charged = CRASH('Prosecutors charged Tomas Reyes with manslaughter on Saturday.');
    expect([...shown(report(charged, both)), ...possible(report(charged, both))]).toEqual([]);
  });
});
