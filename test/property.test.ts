/**
 * Properties of the offline engine on generated inputs (fast-check): whatever the sources say, every
 * piece of evidence is a verbatim span of its source (or its headline), ids follow input order, and
 * alignment treats a sentence and itself as the same fact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align } from '../src/analysis/alignment/align.js';
import { analyze } from '../src/analysis/engine.js';
import { excludes } from '../src/analysis/lexicon/opposites.js';
import { checkSentence } from '../src/analysis/alignment/check-sentence.js';
import { vocabulary } from '../src/analysis/readers/vocabulary.js';
import type { Article, Report } from '../src/report/types.js';
import { articleFromText } from '../src/sources/text-article.js';
import { expectVerbatim } from './helpers/fixtures.js';

// Words drawn from what news sentences are made of: names, figures, negations, opposites, quotes.
const WORDS = [
  'The', 'council', 'Mayor', 'Ana', 'Costa', 'Selby', 'U.S.', 'police', 'said', 'not', 'never', "didn't", 'approved',
  'rejected', 'rose', 'fell', '12', '15', 'more than 40', '$1.2bn', 'a dozen', 'third', 'fourth', 'Tuesday', 'May 3, 2024',
  'last month', 'hoax', 'denied', 'bridge', 'collapsed', 'on', 'in', 'the', 'after', '“We will rebuild,”', '"no comment"',
  'Ukraine', 'Russia’s', 'one-year', 'percent', 'killed', 'at least 10', 'people', 'strike', 'union', 'pay', 'deal',
  'Costa-backed', 'e.g.', 'Dr.', '—', '…', '(AP)', 'é', '🙂',
];
const word = fc.constantFrom(...WORDS);
const sentence = fc
  .tuple(fc.array(word, { minLength: 2, maxLength: 18 }), fc.constantFrom('.', '!', '?', '', '…', '."'))
  .map(([ws, end]) => ws.join(' ') + end);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));
const spacing = fc.constantFrom('\n\n', '\n', '\n\n\n', ' \n \n');
const article: fc.Arbitrary<Article> = fc
  .tuple(fc.option(fc.array(word, { minLength: 1, maxLength: 10 }).map((ws) => ws.join(' ')), { nil: undefined }), fc.array(paragraph, { minLength: 1, maxLength: 6 }), spacing)
  .map(([title, paras, sep]) => articleFromText(paras.join(sep), title ? { title } : {}));

const full = (articles: Article[]): Report => ({ ...analyze(articles), unreadable: [] });
const byId = (articles: Article[]) => new Map(articles.map((a, i) => [`S${i + 1}`, a]));

describe('GIVEN generated sources (property tests)', () => {
  it('THEN every quote in every report is verbatim, and ids follow input order', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 6 }), (articles) => {
        const report = full(articles);
        expect(report.sources.map((s) => s.id)).toEqual(articles.map((_, i) => `S${i + 1}`));
        expectVerbatim(report, byId(articles));
      }),
      { numRuns: 150 },
    );
  });

  it('THEN a short statement checked against a report is quoted verbatim too', () => {
    fc.assert(
      fc.property(article, sentence, (report, claim) => {
        const articles = [report, articleFromText(claim)];
        expectVerbatim(full(articles), byId(articles));
      }),
      { numRuns: 150 },
    );
  });

  it('THEN a sentence aligned with itself has no slot and full coverage, and agrees with itself', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const a = align(s, s);
        expect(a.slots).toEqual([]);
        if (a.coverage) expect(a.coverage).toBe(1);
        expect(checkSentence(s, [s], { other: vocabulary(s) })).toEqual([]);
      }),
    );
  });

  it('THEN "excludes" is symmetric and never holds between a word and itself', () => {
    fc.assert(
      fc.property(word, word, (x, y) => {
        expect(excludes(x, y)).toBe(excludes(y, x));
        expect(excludes(x, x)).toBe(false);
      }),
    );
  });
});
