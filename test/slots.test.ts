/** Slot alignment, statements held to their specifics, disputes and headlines against their own body. */
import { describe, expect, it } from 'vitest';
import { align } from '../src/analysis/alignment/align.js';
import { analyze } from '../src/analysis/engine.js';
import { excludes } from '../src/analysis/lexicon/opposites.js';
import { checkSentence } from '../src/analysis/alignment/check-sentence.js';
import { vocabulary } from '../src/analysis/readers/vocabulary.js';
import type { Article, Report } from '../src/report/types.js';
import { articleFromText } from '../src/sources/text-article.js';
import { expectVerbatim } from './helpers/fixtures.js';

const REPORT = articleFromText(
  [
    'Ferry strike ends',
    'Dock workers at the port of Selby ended their strike on Monday after the union accepted a pay rise of six percent over two years.',
    'The strike had kept ferries to Norway in harbour for twelve days, the port authority said.',
    'Union leader Mara Lind said members voted by a large majority to accept the offer.',
    'Ships that had waited off the coast began to dock in the afternoon.',
  ].join('\n\n'),
);
const full = (articles: Article[]): Report => ({ ...analyze(articles), unreadable: [] });
const contradictions = (r: Report) => r.discrepancies.filter((d) => ['number', 'date', 'name', 'quote', 'claim'].includes(d.kind));
const check = (claim: string) => {
  const articles = [REPORT, articleFromText(claim)];
  const report = full(articles);
  expectVerbatim(report, new Map(articles.map((a, i) => [`S${i + 1}`, a])));
  return contradictions(report);
};

describe('GIVEN two sentences that tell one fact', () => {
  it('THEN alignment finds the one place they differ, with the shared words around it', () => {
    const a = align('The union accepted a pay rise of six percent on Monday.', 'The union rejected a pay rise of six percent on Monday.');
    expect(a.slots).toEqual([{ a: ['accepted'], b: ['rejected'], before: ['The', 'union'], after: ['a', 'pay', 'rise'], beforeB: ['The', 'union'], afterB: ['a', 'pay', 'rise'] }]);
    expect(a.coverage).toBeCloseTo(10 / 11);
  });

  it('THEN each side keeps the shared words as its own sentence writes them, so a quoted phrase is one the source wrote', () => {
    const [slot] = align('The council agreed on Monday to fund repairs.', 'The council did not agree on Monday to fund repairs.').slots;
    expect(slot).toMatchObject({ a: [], b: ['did', 'not'], after: ['agreed', 'on', 'Monday'], afterB: ['agree', 'on', 'Monday'] });
  });

  it('THEN dotted abbreviations are one word', () => {
    expect(align('the U.S. embassy', 'the U.K. embassy').slots[0]).toMatchObject({ a: ['U.S.'], b: ['U.K.'] });
  });

  it('THEN a changed figure, an opposite, a negation and a changed name are conflicts; a synonym is not', () => {
    const base = 'The strike kept ferries to Norway in harbour for twelve days, the port authority said.';
    expect(checkSentence('The strike kept ferries to Norway in harbour for nine days, the port authority said.', [base])[0]).toMatchObject({ kind: 'number', ours: 'harbour for nine days the', theirs: 'harbour for twelve days the' });
    expect(checkSentence('The strike kept ferries to Sweden in harbour for twelve days, the port authority said.', [base])[0]).toMatchObject({ kind: 'name' });
    expect(checkSentence('The strike never kept ferries to Norway in harbour for twelve days, the port authority said.', [base])[0]).toMatchObject({ kind: 'claim' });
    expect(checkSentence('The strike kept ferries to Norway in harbour for twelve days, the port authority stated.', [base])).toEqual([]);
    expect(excludes('accepted', 'rejected')).toBe(true);
    expect(excludes('rose', 'fell')).toBe(true);
    expect(excludes('yellow', 'green')).toBe(true);
    expect(excludes('Tuesday', 'Friday')).toBe(false); // days are the dates detector's, read against publication dates
    expect(excludes('said', 'stated')).toBe(false);
    // A modal shift: one says it will happen, the other that it may.
    expect(checkSentence('The port will reopen to ferries on Monday, the authority said.', ['The port may reopen to ferries on Monday, the authority said.'])[0]).toMatchObject({ kind: 'claim', ours: 'The port will reopen to', theirs: 'The port may reopen to' });
  });

  it('THEN a figure of another kind is not weighed against it ("$5bn" against "70%")', () => {
    expect(checkSentence('Sales of $5bn are expected in 2023 by the firm.', ['Sales of 70% are expected in 2023 by the firm.'])).toEqual([]);
  });
});

describe('GIVEN a short statement checked against a full report', () => {
  it('THEN a statement that retells the report faithfully raises nothing', () => {
    expect(check('Dock workers at the port of Selby ended their strike on Monday after the union accepted a six percent pay rise.')).toEqual([]);
  });

  it('THEN an opposite in the same place is a claim conflict, with both sentences as evidence', () => {
    const [d] = check('Dock workers at the port of Selby ended their strike on Monday after the union rejected a pay rise of six percent over two years.');
    expect(d).toMatchObject({ kind: 'claim' });
    expect(d!.summary).toMatch(/rejected.*accepted/);
    expect(d!.evidence.map((e) => e.sourceId)).toEqual(['S2', 'S1']);
  });

  it('THEN a figure the report never gives is reported', () => {
    const found = check('The strike kept ferries to Norway in harbour for twenty days.');
    expect(found.some((d) => d.kind === 'number' && /twenty/.test(d.summary))).toBe(true);
  });

  it('THEN a name the report never mentions is reported, a demonym of a named place is not', () => {
    expect(check('Union leader Mara Lind said members in Denmark voted to accept the offer.').some((d) => d.kind === 'name' && /Denmark/.test(d.summary))).toBe(true);
    expect(check('Union leader Mara Lind said Norwegian ferries were kept in harbour by the strike.').filter((d) => d.kind === 'name')).toEqual([]);
  });

  it('THEN a virus variant with other digits is another name, and an ordinal needs an ordinal', () => {
    const report = 'Sales of SARS-CoV-2 vaccines fell in the fourth quarter. The firm has three vaccine products.';
    const other = vocabulary(report);
    expect(checkSentence('Sales of SARS-CoV-4 vaccines fell.', [], { other })).toMatchObject([{ kind: 'name', ours: 'SARS-CoV-4' }]);
    expect(checkSentence('Sales of SARS-CoV-2 vaccines fell.', [], { other })).toEqual([]);
    expect(checkSentence('Sales fell in the third quarter.', [], { other })).toMatchObject([{ kind: 'number', ours: 'third' }]);
    expect(checkSentence('Sales fell in the 4th quarter.', [], { other })).toEqual([]);
  });

  it('THEN a report that calls the claim a hoax disputes it', () => {
    const hoax = articleFromText(
      'A widely shared post says a shark swam through the flooded streets of Selby on Monday. The port authority said the photo is a hoax made from an older picture. No shark was seen in the harbour, officials said. The flood water had gone down by Tuesday evening. Shops on the harbour front reopened on Wednesday.',
    );
    const report = full([articleFromText('Shark swims through flooded streets of Selby'), hoax]);
    expect(contradictions(report).some((d) => d.kind === 'claim' && /disputes/.test(d.summary))).toBe(true);
  });
});

describe('GIVEN a statement that denies or doubts a story', () => {
  const HOAX = articleFromText(
    'A widely shared post says a shark swam through the flooded streets of Selby on Monday. The port authority said the photo is a hoax made from an older picture. No shark was seen in the harbour, officials said. The flood water had gone down by Tuesday evening. Shops on the harbour front reopened on Wednesday.',
  );
  const TOLD = articleFromText(
    'A shark swam through the flooded streets of Selby on Monday, residents said. Firefighters guided the animal back to the harbour in the afternoon. The flood water had gone down by Tuesday evening. Shops on the harbour front reopened on Wednesday.',
  );
  const against = (statement: string, report: Article) => contradictions(full([articleFromText(statement), report]));

  it('THEN a report that calls the story a hoax agrees with a statement that denies it or asks', () => {
    expect(against('No, a shark did not swim through the flooded streets of Selby', HOAX)).toEqual([]);
    expect(against('Did a shark swim through the flooded streets of Selby?', HOAX)).toEqual([]);
    expect(against('Shark in the flooded streets of Selby was a hoax', HOAX)).toEqual([]);
  });

  it('THEN a statement calling the story a hoax, against a report that tells it as fact, is a claim conflict', () => {
    const [d] = against('Shark in the flooded streets of Selby was a hoax', TOLD);
    expect(d).toMatchObject({ kind: 'claim' });
    expect(d!.summary).toMatch(/S1 calls untrue.*S2 reports as fact/);
    expect(d!.evidence.map((e) => e.quote)).toEqual(['Shark in the flooded streets of Selby was a hoax', 'A shark swam through the flooded streets of Selby on Monday, residents said.']);
  });

  it('THEN experts who doubt the story dispute a statement that asserts it', () => {
    const doubted = articleFromText(
      'A shark swam through the flooded streets of Selby on Monday, a widely shared post says. Marine experts are skeptical that a shark could reach streets that far from the sea. The flood water had gone down by Tuesday evening. Shops on the harbour front reopened on Wednesday.',
    );
    expect(against('Shark swims through the flooded streets of Selby', doubted).some((d) => /disputes/.test(d.summary))).toBe(true);
  });
});

describe('GIVEN the specifics of a statement that the report does not give', () => {
  it('THEN a figure of a kind the report never gives is a fact it leaves out, not a contradiction', () => {
    const r = full([REPORT, articleFromText('Dock workers at the port of Selby ended their strike on Monday after 40 meetings.')]);
    expect(contradictions(r)).toEqual([]);
    expect(r.discrepancies.find((d) => d.kind === 'omission' && /40 meetings/.test(d.summary))).toMatchObject({
      summary: 'S2 gives the figure “40 meetings”; S1 gives no figure of that kind.',
      silent: ['S1'],
    });
  });

  it('THEN a name in a sentence the report tells nothing like is a fact it leaves out', () => {
    const r = full([REPORT, articleFromText('Dock workers at the port of Selby ended their strike on Monday. Fishermen in Denmark welcomed the news.')]);
    expect(contradictions(r)).toEqual([]);
    expect(r.discrepancies.some((d) => d.kind === 'omission' && d.summary === 'S2 gives the name “Denmark”; S1 tells nothing like the sentence it is in.')).toBe(true);
  });

  it('THEN a word opening a clause, a number word, a regnal numeral and a middle name are not unknown names', () => {
    const other = vocabulary('Union leader Mara Lind met King Olav of Norway. The strike lasted five days at the port.');
    expect(checkSentence('Strike over: Union leader Mara Lind met King Olav II of Norway after FIVE days.', [], { other })).toEqual([]);
    expect(checkSentence('Union leader Mara Anna Lind met King Olav of Norway.', [], { other })).toEqual([]);
    expect(checkSentence('Union leader Mara Lind met King Olav of Sweden.', [], { other })).toMatchObject([{ kind: 'name', ours: 'Sweden' }]);
  });

  it('THEN "U.S." and "American" are one name, and Title Case words are not compared as names', () => {
    expect(checkSentence('The strike delayed a U.S. ship at the port of Selby for days.', ['The strike delayed an American ship at the port of Selby for days.'])).toEqual([]);
    expect(checkSentence('Seven High School Girls Return From Trip To Selby', ['Seven Bosnian teenagers return from trip to Selby'], { names: false })).toEqual([]);
  });
});

describe('GIVEN two full reports that tell one fact with one name changed', () => {
  it('THEN the changed name is a name discrepancy, quoted verbatim', () => {
    const rest = ' Ferries to Norway had been kept in harbour for twelve days. Ships began to dock in the afternoon. Traders welcomed the end of the dispute. The port expects a busy weekend.';
    const a = articleFromText('The strike at Selby ended on Monday. Union leader Mara Lind said members voted by a large majority to accept the offer of the port.' + rest);
    const b = articleFromText('The strike at Selby ended on Monday. Union leader Paul Berg said members voted by a large majority to accept the offer of the port.' + rest);
    const report = full([a, b]);
    expect(report.discrepancies.some((d) => d.kind === 'name' && /Lind|Berg/.test(d.summary))).toBe(true);
    expectVerbatim(report, new Map([['S1', a], ['S2', b]]));
  });
});

describe('GIVEN a headline that its own body does not bear out', () => {
  it('THEN a framing discrepancy quotes the headline (marked as such) and the body', () => {
    const overstated = articleFromText(REPORT.text, { title: 'Strike ends after union wins nine percent rise' });
    const articles = [overstated, REPORT];
    const report = full(articles);
    const framing = report.discrepancies.find((d) => d.kind === 'framing');
    expect(framing?.evidence[0]).toEqual({ sourceId: 'S1', quote: 'Strike ends after union wins nine percent rise', in: 'title' });
    expectVerbatim(report, new Map(articles.map((a, i) => [`S${i + 1}`, a])));
  });
});
