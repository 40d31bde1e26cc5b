/** Framing by verbs of saying: one speaker's statement told "doubled down" in one report and "said" in another. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import { Comparison } from '../src/analysis/context.js';
import { framingDiscrepancies, sayingsIn } from '../src/analysis/detectors/framing.js';
import { buildDoc } from '../src/analysis/readers/document.js';
import { describe as word } from '../src/report/describe.js';
import type { Article, Report } from '../src/report/types.js';
import { articleOf, expectVerbatim } from './helpers/fixtures.js';

/** A report on an invented river town's bridge toll, with one sentence of its own. */
const TOLL = (sentence: string) =>
  articleOf('Eastbridge council and the river bridge toll', [
    `The Eastbridge council met on Tuesday to debate the toll on the old river bridge. ${sentence}`,
    'Commuters from the hill villages queued at the toll booth for most of the morning.',
    'The council will vote on the toll in the spring, after a public hearing in the library hall.',
  ]);

const framings = (...articles: Article[]) => framingDiscrepancies(new Comparison(articles.map((a, i) => buildDoc(`S${i + 1}` as 'S1', a))));
const report = (...articles: Article[]): Report => {
  const r = { ...analyze(articles), unreadable: [] };
  expectVerbatim(r, new Map(articles.map((a, i) => [`S${i + 1}`, a])));
  return r;
};

const FIRM = 'Mayor Mara Lindqvist doubled down on her claim that the river bridge toll would pay for the new ferry landing.';
const PLAIN = 'Mayor Mara Lindqvist said the river bridge toll would pay for the new ferry landing.';

describe('GIVEN sentences that give a speaker words with a verb of saying', () => {
  it('THEN the speaker and what the verb implies are read, titles left out', () => {
    expect(sayingsIn(FIRM).map((s) => [s.key, s.telling, s.words])).toEqual([['lindqvist', 'persistence', 'Mara Lindqvist doubled down']]);
    expect(sayingsIn('Mara Lindqvist on Wednesday walked back her remarks about the toll.').map((s) => s.telling)).toEqual(['retreat']);
    expect(sayingsIn('“The toll will pay for the landing,” said Mara Lindqvist.').map((s) => [s.key, s.telling])).toEqual([['lindqvist', 'plain']]);
    expect(sayingsIn('Mara Lindqvist, the councillor who chairs the roads committee, admitted the toll was too high.').map((s) => s.telling)).toEqual(['concession']);
  });

  it('THEN a verb with no named speaker before it, a negated one, or a pronoun gives no speaker', () => {
    expect(sayingsIn('She doubled down on the toll.')).toEqual([]);
    expect(sayingsIn('Mara Lindqvist has not admitted any mistake over the toll.')).toEqual([]);
    expect(sayingsIn('The United States imposed new tariffs on steel.')).toEqual([]);
  });
});

describe('GIVEN one report that says the councillor doubled down and another that says she said it', () => {
  it('THEN it is a framing of one statement, the loaded verb first, each sentence verbatim', () => {
    const [d, ...rest] = framings(TOLL(FIRM), TOLL(PLAIN));
    expect(rest).toEqual([]);
    expect(d?.kind).toBe('framing');
    expect(d?.form).toBe('framing');
    expect(d?.subject).toBe('Mara Lindqvist');
    expect(d?.values?.map((v) => [v.sourceId, v.value, v.words])).toEqual([
      ['S1', 'persistence', 'Mara Lindqvist doubled down'],
      ['S2', 'plain', 'Mara Lindqvist said'],
    ]);
    expect(d?.evidence).toEqual([
      { sourceId: 'S1', quote: FIRM },
      { sourceId: 'S2', quote: PLAIN },
    ]);
  });

  it('THEN the engine lists it as possible, below the shown line, worded in every language', () => {
    const r = report(TOLL(FIRM), TOLL(PLAIN));
    expect(r.discrepancies.filter((d) => d.form === 'framing')).toEqual([]);
    const [d] = (r.possible ?? []).filter((x) => x.form === 'framing');
    expect(d?.summary).toBe('One statement by “Mara Lindqvist”, framed differently: S1 tells it as holding firm (“Mara Lindqvist doubled down”), S2 as a plain statement (“Mara Lindqvist said”).');
    expect(word(d!, 'de')).toContain('S1 stellt sie als Beharren dar („Mara Lindqvist doubled down“)');
  });

  it('THEN a retreat told against holding firm is a framing too', () => {
    const back = 'Mayor Mara Lindqvist walked back her claim that the river bridge toll would pay for the new ferry landing.';
    const [d] = framings(TOLL(back), TOLL(FIRM));
    expect(d?.values?.map((v) => v.value)).toEqual(['retreat', 'persistence']);
  });
});

describe('GIVEN pairs that are not one statement framed two ways', () => {
  it('THEN different statements of the speaker are not a framing', () => {
    expect(framings(TOLL(FIRM), TOLL('Mayor Mara Lindqvist said the library hall would stay open later on winter evenings.'))).toEqual([]);
  });

  it('THEN the same words given to another speaker, or to another of the same family name, are not', () => {
    expect(framings(TOLL(FIRM), TOLL('Mayor Oskar Brandt said the river bridge toll would pay for the new ferry landing.'))).toEqual([]);
    expect(framings(TOLL(FIRM), TOLL('Mayor Erik Lindqvist said the river bridge toll would pay for the new ferry landing.'))).toEqual([]);
  });

  it('THEN two reports that use the same loaded verb are not', () => {
    expect(framings(TOLL(FIRM), TOLL('Mara Lindqvist doubled down on the claim that the river bridge toll would pay for the new ferry landing.'))).toEqual([]);
  });

  it('THEN two framings that may both hold ("repeated" and "claimed") are not', () => {
    expect(framings(TOLL('Mara Lindqvist repeated that the river bridge toll would pay for the new ferry landing.'), TOLL('Mara Lindqvist claimed that the river bridge toll would pay for the new ferry landing.'))).toEqual([]);
  });
});
