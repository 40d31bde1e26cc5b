import { describe as group, expect, it } from 'vitest';
import { describe, PHRASE_LANGUAGES, summaryIn } from '../src/report/describe.js';
import type { Discrepancy, DiscrepancyFacts, DiscrepancyForm } from '../src/report/types.js';

/**
 * One finding of every form, as the engine gives them, with the words in it that are the sources' own
 * (`verbatim`): those must appear unchanged, inside the language's quotation marks, in every language.
 * A `Record` over `DiscrepancyForm`: a form added to the engine without a case here does not compile.
 */
const CASES: Record<DiscrepancyForm, { facts: DiscrepancyFacts; verbatim: string[] }> = {
  figures: { facts: { kind: 'number', form: 'figures', subject: 'Menschen', values: [{ sourceId: 'S1', value: '12 Menschen' }, { sourceId: 'S2', value: '15 Menschen' }] }, verbatim: ['Menschen', '12 Menschen', '15 Menschen'] },
  dates: { facts: { kind: 'date', form: 'dates', subject: 'day', values: [{ sourceId: 'S1', value: '"Tuesday" (2026-05-05)' }, { sourceId: 'S2', value: 'May 6, 2026' }] }, verbatim: ['Tuesday', 'May 6, 2026'] },
  change: { facts: { kind: 'number', form: 'change', values: [{ sourceId: 'S1', value: 'up', words: 'rose by 4%' }, { sourceId: 'S2', value: 'down', words: 'a slight dip' }] }, verbatim: ['rose by 4%', 'a slight dip'] },
  wording: { facts: { kind: 'name', form: 'wording', subject: 'name', values: [{ sourceId: 'S1', value: 'Ellen Park' }, { sourceId: 'S2', value: 'Helen Parks' }] }, verbatim: ['Ellen Park', 'Helen Parks'] },
  unmentioned: { facts: { kind: 'number', form: 'unmentioned', subject: 'figure', values: [{ sourceId: 'S1', value: '40 boats' }], silent: ['S2', 'S3'] }, verbatim: ['40 boats'] },
  quote: { facts: { kind: 'quote', form: 'quote', subject: 'Mayor Ellen Park', values: [{ sourceId: 'S1', value: 'We will rebuild' }, { sourceId: 'S2', value: 'We may rebuild' }] }, verbatim: ['Mayor Ellen Park'] },
  speaker: { facts: { kind: 'name', form: 'speaker', subject: 'speaker', values: [{ sourceId: 'S1', value: 'Ellen Park' }, { sourceId: 'S2', value: 'Tom Reyes' }] }, verbatim: ['Ellen Park', 'Tom Reyes'] },
  outcome: { facts: { kind: 'claim', form: 'outcome', values: [{ sourceId: 'S1', value: 'agreement' }, { sourceId: 'S2', value: 'nothing' }, { sourceId: 'S3', value: 'nothing' }] }, verbatim: [] },
  status: { facts: { kind: 'claim', form: 'status', subject: 'resign', values: [{ sourceId: 'S1', value: 'done', words: 'resigned on Monday' }, { sourceId: 'S2', value: 'planned or expected', words: 'is expected to resign' }] }, verbatim: ['resign', 'resigned on Monday', 'is expected to resign'] },
  shortfall: { facts: { kind: 'claim', form: 'shortfall', subject: 'Tomas Reyes', values: [{ sourceId: 'S1', value: 'resign', words: 'Tomas Reyes resigned on Monday' }, { sourceId: 'S2', value: 'apologise', words: 'Reyes apologised for the delay' }] }, verbatim: ['Tomas Reyes', 'Tomas Reyes resigned on Monday', 'Reyes apologised for the delay'] },
  negation: { facts: { kind: 'claim', form: 'negation', values: [{ sourceId: 'S1', value: 'states' }, { sourceId: 'S2', value: 'denies' }] }, verbatim: [] },
  dispute: { facts: { kind: 'claim', form: 'dispute', values: [{ sourceId: 'S1', value: 'states' }, { sourceId: 'S2', value: 'disputes' }] }, verbatim: [] },
  disputed: { facts: { kind: 'claim', form: 'disputed', values: [{ sourceId: 'S1', value: 'disputes' }, { sourceId: 'S2', value: 'states' }] }, verbatim: [] },
  headline: { facts: { kind: 'framing', form: 'headline', subject: 'figure', values: [{ sourceId: 'S2', value: '100 dead' }, { sourceId: 'S2', value: '10 dead' }] }, verbatim: ['100 dead', '10 dead'] },
  'headline-unmentioned': { facts: { kind: 'framing', form: 'headline-unmentioned', subject: 'name', values: [{ sourceId: 'S2', value: 'Governor Lee' }] }, verbatim: ['Governor Lee'] },
  'left-out': { facts: { kind: 'omission', form: 'left-out', subject: 'figure', values: [{ sourceId: 'S1', value: '$2 million' }], silent: ['S2'] }, verbatim: ['$2 million'] },
  'left-out-retold': { facts: { kind: 'omission', form: 'left-out-retold', subject: 'name', values: [{ sourceId: 'S1', value: 'Dr. Ana Ruiz' }], silent: ['S2', 'S3'] }, verbatim: ['Dr. Ana Ruiz'] },
  fact: { facts: { kind: 'omission', form: 'fact', subject: 'the bridge had failed an inspection in March', values: [{ sourceId: 'S1', value: 'The bridge had failed an inspection in March.' }], silent: ['S2'] }, verbatim: ['the bridge had failed an inspection in March'] },
  framing: { facts: { kind: 'framing', form: 'framing', subject: 'Tomas Reyes', values: [{ sourceId: 'S1', value: 'persistence', words: 'Tomas Reyes doubled down' }, { sourceId: 'S2', value: 'plain', words: 'Reyes said' }] }, verbatim: ['Tomas Reyes', 'Tomas Reyes doubled down', 'Reyes said'] },
  event: { facts: { kind: 'event', form: 'event', values: [{ sourceId: 'S1', value: 'this event' }, { sourceId: 'S2', value: 'this event' }, { sourceId: 'S4', value: 'another event' }] }, verbatim: [] },
};

const MARKS: Record<string, [string, string]> = { de: ['„', '“'], fr: ['«\u00a0', '\u00a0»'], es: ['«', '»'] };
const OTHERS = ['de', 'fr', 'es'] as const;

group('GIVEN a finding of every form and the languages the bot speaks', () => {
  it('THEN the phrases cover English, German, French and Spanish', () => {
    expect(PHRASE_LANGUAGES.sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  for (const [form, { facts, verbatim }] of Object.entries(CASES)) {
    for (const language of OTHERS) {
      it(`THEN "${form}" has its own sentence in ${language}, every source named and the sources' words verbatim in its quotation marks`, () => {
        const text = describe(facts, language);
        expect(text).not.toBe(describe(facts, 'en'));
        expect(text).not.toMatch(/undefined|\$\{|\bsays\b|\breports?\b/);
        for (const id of new Set([...(facts.values ?? []).map((v) => v.sourceId), ...(facts.silent ?? [])])) expect(text).toContain(id);
        const [open, close] = MARKS[language]!;
        for (const words of verbatim) expect(text).toContain(`${open}${words}${close}`);
      });
    }
  }

  it('THEN a regional locale (de-AT, es-419, fr-CA) gets its language, and the engine\u2019s categories are said in it, not in English', () => {
    expect(describe(CASES.dates.facts, 'de-AT')).toBe('Unterschiedliche Tage für dasselbe Geschehen: S1 nennt „Tuesday“ (2026-05-05), S2 nennt „May 6, 2026“.');
    expect(describe(CASES.unmentioned.facts, 'fr-CA')).toBe('S1 donne le chiffre «\u00a040 boats\u00a0», que S2 et S3 ne mentionnent jamais.');
    expect(describe(CASES.status.facts, 'es-419')).toBe('Estado de «resign»: S1 dice que ocurrió («resigned on Monday») y S2, que solo está previsto o se espera («is expected to resign»).');
  });

  it('THEN the later report and a merged finding are said in the language too, each once', () => {
    const merged: DiscrepancyFacts = { ...CASES.figures.facts, later: { sourceId: 'S2', earlier: 'S1', hours: 72 }, also: [CASES.quote.facts] } as DiscrepancyFacts;
    expect(describe(merged, 'de')).toBe(
      'Unterschiedliche Zahlen zu „Menschen“: S1 nennt „12 Menschen“, S2 nennt „15 Menschen“. S1 und S2 zitieren „Mayor Ellen Park“ unterschiedlich. S2 erschien 3 Tage nach S1: seine Zahl kann ein neuerer Stand sein.',
    );
    expect(describe(merged, 'fr')).toContain('S2 a été publié 3 jours après S1\u00a0: son chiffre peut être une mise à jour.');
    expect(describe({ ...CASES.status.facts, later: { sourceId: 'S2', earlier: 'S1', hours: 5 } }, 'es')).toContain('S2 se publicó 5 h después de S1: su versión puede ser una actualización.');
  });
});

group('GIVEN a stored discrepancy shown to a reader', () => {
  const stored = (facts: DiscrepancyFacts, summary: string): Discrepancy => ({ ...facts, summary, evidence: [] });

  it('THEN an English reader sees the stored summary, unchanged', () => {
    expect(summaryIn(stored(CASES.figures.facts, 'the stored sentence'), 'en-GB')).toBe('the stored sentence');
  });

  it('THEN another reader sees the facts worded in their language, and a model\u2019s finding without a form its own summary', () => {
    expect(summaryIn(stored(CASES.figures.facts, 'the stored sentence'), 'de')).toBe(describe(CASES.figures.facts, 'de'));
    expect(summaryIn(stored({ kind: 'claim', note: 'An engine note.' }, 'The model says so.'), 'fr')).toBe('The model says so.');
  });
});
