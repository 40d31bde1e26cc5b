/** Facts one report gives and others leave out, how sure a finding is, and what a reader is shown. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import { spellingVariants } from '../src/analysis/readers/names.js';
import { findQuotes } from '../src/analysis/readers/quotes.js';
import { buildDoc } from '../src/analysis/readers/document.js';
import { SHOWN_CONFIDENCE, type Article } from '../src/report/types.js';
import { articleFromText } from '../src/sources/text-article.js';
import { expectVerbatim } from './helpers/fixtures.js';

const SHARED = [
  'The Kestrel Valley dam failed on Sunday night after three days of heavy rain, flooding the town of Ardley.',
  'Emergency crews evacuated about 2,000 residents from the lower streets before dawn on Monday.',
  'The regional water board said the dam had passed its last inspection in the spring.',
];
// The same facts in the words of two other reporters.
const RETOLD = [
  'Heavy rain for three days brought down the Kestrel Valley dam on Sunday night, and the town of Ardley was flooded.',
  'About 2,000 residents of the lower streets were evacuated by emergency crews before dawn on Monday.',
  'According to the regional water board, the dam passed its last inspection in the spring.',
];
const TOLD_AGAIN = [
  'The town of Ardley flooded on Sunday night when the Kestrel Valley dam failed after three days of heavy rain.',
  'Before dawn on Monday emergency crews moved about 2,000 residents out of the lower streets.',
  'The dam had passed its last inspection in the spring, the regional water board said.',
];
const ASIDE = [
  'Councillor Maeve Doran said the board had ignored a 2019 engineering report that warned of cracks in the spillway.',
  'Doran said she had written to the board twice asking for the report to be published.',
  'The board did not answer her letters, according to copies she showed reporters on Monday.',
  '"Nobody wanted to pay for the repairs," Doran said outside the flooded town hall.',
];

const report = (texts: string[][]) => {
  const articles = texts.map((t, i) => articleFromText([`Dam fails at Ardley (${i})`, ...t].join('\n\n')));
  const r = analyze(articles);
  expectVerbatim({ ...r, unreadable: [] }, new Map(articles.map((a, i) => [`S${i + 1}`, a] as [string, Article])));
  return r;
};

describe("GIVEN three reports of one dam failure, one of which also tells a councillor's warning at length", () => {
  const r = report([[...SHARED.slice(0, 2), ...ASIDE, SHARED[2]!], RETOLD, TOLD_AGAIN]);
  const left = r.discrepancies.filter((d) => d.kind === 'omission');

  it("THEN the warning is one fact left out, told in the first report's sentences, with the others silent", () => {
    expect(left).toHaveLength(1);
    expect(left[0]!.silent).toEqual(['S2', 'S3']);
    expect(left[0]!.evidence.every((e) => e.sourceId === 'S1' && ASIDE.includes(e.quote))).toBe(true);
    expect(left[0]!.summary).toMatch(/^S1 reports what S2 and S3 leave out: “Councillor Maeve Doran said/);
  });

  it('THEN it is weighed: sure enough to be shown, and important for the room the report gives it', () => {
    expect(left[0]!.confidence).toBeGreaterThanOrEqual(SHOWN_CONFIDENCE);
    expect(left[0]!.importance).toBeGreaterThanOrEqual(2);
  });

  it('THEN the facts all three tell in their own words are agreement, not omissions', () => {
    expect(r.consensus.length).toBeGreaterThanOrEqual(2);
  });
});

describe('GIVEN a report that adds one sentence of its own', () => {
  it('THEN a lone detail is not shown as a difference: a reader forgives a missed point sooner than a false one', () => {
    const r = report([[...SHARED, 'Doran said the board had ignored a 2019 engineering report that warned of cracks in the spillway.'], RETOLD]);
    expect(r.discrepancies.filter((d) => d.kind === 'omission')).toEqual([]);
  });
});

describe('GIVEN names written two ways', () => {
  it('THEN accents and transliterations are one name, and two short names a consonant apart are two people', () => {
    expect(spellingVariants('Calderón', 'Calderon')).toBe(true);
    expect(spellingVariants('al-Qaddafi', 'Gadhafi')).toBe(true);
    expect(spellingVariants('Muammar', 'Moammar')).toBe(true);
    expect(spellingVariants('Kerry', 'Perry')).toBe(false);
    expect(spellingVariants('Lind', 'Berg')).toBe(false);
  });
});

describe("GIVEN a text with two quotations and the reporter's words between them", () => {
  it("THEN the words between one quotation's end and the next one's start are no quote", () => {
    const doc = buildDoc('S1', articleFromText('"We are not done yet," Doran said of the inquiry into the dam failure at Ardley. "The board must answer."'));
    expect(findQuotes(doc).map((q) => q.text)).toEqual(['We are not done yet', 'The board must answer']);
  });
});

describe('GIVEN two reports quoting alike words, one naming the speaker and one not', () => {
  it('THEN no quote conflict is shown: the unnamed words may be someone else on another point', () => {
    const r = report([
      [...SHARED, '"Nobody wanted to pay for the repairs to the spillway," Doran said outside the town hall.'],
      [...RETOLD, 'A resident said: "Nobody wanted to pay for the repairs to the dam."'],
    ]);
    expect(r.discrepancies.filter((d) => d.kind === 'quote' || d.kind === 'name')).toEqual([]);
  });

  it('THEN the same named speaker quoted two ways is one', () => {
    const r = report([
      [...SHARED, '"Nobody wanted to pay for the repairs to the spillway," Councillor Maeve Doran said outside the town hall.'],
      [...RETOLD, '"Nobody wanted to pay for the repairs to the dam," Councillor Maeve Doran said on Monday.'],
    ]);
    expect(r.discrepancies.filter((d) => d.kind === 'quote').map((d) => d.subject)).toEqual(['Councillor Maeve Doran']);
  });
});

describe('GIVEN a fact left out whose sentence quotes someone inside it', () => {
  const quoteFirst = ['“Nobody wanted to pay for the spillway repairs,” Councillor Maeve Doran said on Monday.'];
  const r = report([[...SHARED, ...quoteFirst], RETOLD, TOLD_AGAIN]);
  const item = [...r.discrepancies, ...(r.possible ?? [])].find((d) => d.kind === 'omission' && d.evidence.some((e) => e.quote === quoteFirst[0]));

  it('THEN its summary quotes the sentence with the quotation inside in single marks, every mark paired, and no stop after its own', () => {
    expect(item?.summary).toBe('S1 reports what S2 and S3 leave out: “‘Nobody wanted to pay for the spillway repairs,’ Councillor Maeve Doran said on Monday.”');
    // The evidence is the sentence as the source wrote it.
    expect(item?.evidence[0]!.quote).toBe(quoteFirst[0]);
  });
});
