import type { Doc, Sentence } from '../readers/document.js';
import { cosine, Idf, tfidf, type Vector } from '../similarity.js';
import { countWords } from '../text.js';

const MIN_SUMMARY_WORDS = 8;

/**
 * Ranks a source's sentences for an extractive summary: close to what the source is about (and, when
 * given, to what the other sources are about), early in the text, and a statement rather than a quote
 * or a question. News puts the event first, so position weighs heavily.
 */
export function rankSentences(doc: Doc, idf: Idf, context?: Vector): Sentence[] {
  const docVec = tfidf(doc.sentences.flatMap((s) => s.stems), idf);
  const scored = doc.sentences
    .filter((s) => countWords(s.text) >= MIN_SUMMARY_WORDS)
    .map((s) => {
      const v = tfidf(s.stems, idf);
      const topical = context ? 0.6 * cosine(v, docVec) + 0.4 * cosine(v, context) : cosine(v, docVec);
      const position = 1 / (1 + 0.15 * s.rank);
      const form = /^["“‘']/.test(s.text) || /\?["”]?$/.test(s.text) ? 0.7 : 1;
      return { s, score: topical * position * form };
    });
  return scored.sort((a, b) => b.score - a.score || a.s.rank - b.s.rank).map((x) => x.s);
}

/** One sentence that says what the source reports, verbatim; a short source falls back to its start. */
export function oneSentenceSummary(doc: Doc, idf: Idf, context?: Vector): string {
  const best = rankSentences(doc, idf, context)[0] ?? doc.sentences[0];
  return best?.text ?? doc.text.slice(0, 300);
}

export function singleDocIdf(doc: Doc): Idf {
  // One document has no corpus: treat each sentence as a document so that repeated words weigh less.
  return new Idf(doc.sentences.map((s) => s.stems));
}
