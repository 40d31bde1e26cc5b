import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import { speakerOf } from '../src/analysis/sides/who-said-what.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderSourcePage } from '../src/discord/compact/render-source.js';
import { translator } from '../src/i18n/translate.js';
import { articleOf } from './helpers/fixtures.js';

// Invented reports; every name, place and figure here is made up.
const article = articleOf;

describe('speakerOf: whom a sentence gives words to', () => {
  it('reads a speaker before the verb, after a quotation and after "according to", without titles', () => {
    expect(speakerOf('The Elysee, meanwhile, said the talks had been frank.')).toMatchObject({ key: 'government of france' });
    expect(speakerOf('“We are ready to talk,” the Freelandian government said.')).toMatchObject({ key: 'government of freelandia' });
    expect(speakerOf('Foreign Minister Ada Morvan told reporters the border would stay open.')).toMatchObject({ key: 'morvan', name: 'Ada Morvan' });
    expect(speakerOf('The ferry will run again on Monday, according to the Harbour Board.')).toMatchObject({ key: 'harbour board' });
    expect(speakerOf('The Harbour Board did not mention the strike.')).toMatchObject({ key: 'harbour board' });
  });
  it('gives no speaker for a pronoun, a plain fact or the reporter', () => {
    expect(speakerOf('He said the talks had been frank.')).toBeUndefined();
    expect(speakerOf('The ferry will run again on Monday.')).toBeUndefined();
    expect(speakerOf('It is unclear what was agreed.')).toBeUndefined();
    expect(speakerOf('“We will not move,” said Tuesday a spokesman who asked not to be named.')).toBeUndefined();
  });
});

describe('GIVEN three reports of talks that each pass on the two governments’ accounts differently', () => {
  const common = 'The leaders of Freelandia and Ostmark spoke by telephone on Tuesday for the first time since the border closed in March.';
  const r = analyze([
    article('Leaders talk', [common, 'The Ostmark government said the two sides agreed to reopen the river crossing at Velm within a month.', 'Trade across the river has fallen by half since the closure, port figures show.']),
    article('A first call', [common, 'The Kremhaus, as the Ostmark presidency is known, did not mention the river crossing.', 'Ostmark Interior Minister Lev Darin told reporters the call had been “useful but short”.', 'Freelandia’s government stressed the return of the detained fishermen.']),
    article('Call ends freeze', [common, 'According to the Freelandian government, the fishermen would be home by Friday.', '“The call was useful but short,” Darin said on Wednesday.']),
  ]);
  it('THEN each speaker two reports give words to is listed with each report’s own sentences', () => {
    const speakers = (r.said ?? []).map((s) => s.speaker);
    expect(speakers).toContain('Lev Darin');
    const freelandia = r.said!.find((s) => s.evidence.some((e) => e.quote.startsWith('According to the Freelandian government')))!;
    expect(freelandia.evidence.map((e) => e.sourceId)).toEqual(['S2', 'S3']);
    const darin = r.said!.find((s) => s.speaker === 'Lev Darin')!;
    expect(darin.evidence).toEqual([
      { sourceId: 'S2', quote: 'Ostmark Interior Minister Lev Darin told reporters the call had been “useful but short”.' },
      { sourceId: 'S3', quote: '“The call was useful but short,” Darin said on Wednesday.' },
    ]);
  });
  it('THEN a speaker only one report gives words to is not listed (its coverage is told elsewhere)', () => {
    expect((r.said ?? []).some((s) => /Ostmark government|Kremhaus/.test(s.speaker))).toBe(false);
  });
  it('THEN the Markdown sets them side by side under their own heading, and a source’s page says whose words it gives', () => {
    const markdown = renderMarkdown({ ...r, unreadable: [] });
    expect(markdown).toContain('## Who said what, as each report tells it');
    expect(markdown).toMatch(/\*\*Lev Darin\*\*\n> \*\*S2:\*\* Ostmark Interior Minister Lev Darin told reporters the call had been “useful but short”\./);
    const page = renderSourcePage({ ...r, unreadable: [] }, 'S3', translator('de'))!;
    expect(page.description).toContain('Wessen Worte er wiedergibt');
    expect(page.description).toContain('**Lev Darin:**');
  });
});

describe('GIVEN a question about what one government said, which the reports name two ways', () => {
  const sources = [
    { id: 'S1' as const, article: article('Talks', ['The leaders of Freelandia and Ostmark spoke by telephone on Tuesday.', 'The Ostmark government, however, did not mention the fishing quotas.', 'Rain closed the river crossing for two hours.']) },
    { id: 'S2' as const, article: article('A call', ['The leaders of Freelandia and Ostmark spoke by telephone on Tuesday.', 'The Kremhaus said the call had covered trade and the detained fishermen.', 'Freelandia’s fleet stayed in port.']) },
  ];
  it('THEN the answer cites the sentences that give that speaker’s words, under either name a report uses', async () => {
    const { answerQuestion } = await import('../src/analysis/answer.js');
    const a = answerQuestion('What did the Ostmark government say about the fishing quotas?', sources);
    expect(a.citations[0]).toEqual({ sourceId: 'S1', quote: 'The Ostmark government, however, did not mention the fishing quotas.' });
    // "The Kremhaus" is not a seat of government the lexicon knows: no guess that it is Ostmark's.
    expect(a.citations.some((c) => c.quote.startsWith('The Kremhaus'))).toBe(false);
  });
  it('THEN a government asked for by its nationality is found under its seat ("the Elysee")', async () => {
    const { answerQuestion } = await import('../src/analysis/answer.js');
    const paris = [
      { id: 'S1' as const, article: article('Summit', ['Ministers met in Velm on Monday to discuss the fishing quotas.', 'The French government said the quotas should be cut by a tenth.']) },
      { id: 'S2' as const, article: article('Quotas', ['Ministers met in Velm on Monday to discuss the fishing quotas.', 'The Elysee said a cut was needed but gave no figure.']) },
    ];
    const a = answerQuestion('What did the French government say?', paris);
    expect(a.citations.map((c) => c.quote)).toEqual(expect.arrayContaining(['The French government said the quotas should be cut by a tenth.', 'The Elysee said a cut was needed but gave no figure.']));
    expect(a.silent).toEqual([]);
  });
});
