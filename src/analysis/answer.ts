import type { Article, Evidence, SourceId } from '../report/types.js';
import { buildDoc, type Sentence } from './readers/document.js';
import { Idf } from './similarity.js';
import { ASKING_WORDS, QUESTION_WORDS } from './lexicon/question-words.js';
import { contentStems, stem } from './text.js';

export interface Answer {
  /** Sentences that answer the question, verbatim, best first, at most two per source. */
  citations: Evidence[];
  /** Sources that say nothing on the question. */
  silent: SourceId[];
}

/** Question and asking words, as written and stemmed as the question's terms are. */
const IGNORED = new Set([...QUESTION_WORDS, ...ASKING_WORDS].flatMap((w) => [w, stem(w)]));
/** Share of the question's weight a sentence must cover to count as addressing it. */
const MIN_COVERAGE = 0.5;

/**
 * Answers a question from the sources alone: the sentences that cover most of the question's terms
 * (weighted by how rare they are across the sources), each cited to its source. When nothing covers
 * the question, no citation is returned: the caller says that no source covers it.
 */
export function answerQuestion(question: string, sources: Array<{ id: SourceId; article: Article }>, max = 6): Answer {
  const docs = sources.map((s) => buildDoc(s.id, s.article));
  const idf = new Idf(docs.flatMap((d) => d.sentences.map((s) => s.stems)));
  const terms = [...new Set(contentStems(question))].filter((t) => !IGNORED.has(t));
  const total = terms.reduce((sum, t) => sum + idf.weight(t), 0);
  if (total === 0) return { citations: [], silent: sources.map((s) => s.id) };

  const scored: Array<{ s: Sentence; score: number }> = [];
  for (const doc of docs) {
    for (const s of doc.sentences) {
      const covered = terms.reduce((sum, t) => sum + (s.stemSet.has(t) ? idf.weight(t) : 0), 0) / total;
      if (covered >= MIN_COVERAGE) scored.push({ s, score: covered + 0.02 / (1 + s.rank) });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const perSource = new Map<SourceId, number>();
  const citations: Evidence[] = [];
  for (const { s } of scored) {
    const n = perSource.get(s.sourceId) ?? 0;
    if (n >= 2 || citations.length >= max) continue;
    perSource.set(s.sourceId, n + 1);
    citations.push({ sourceId: s.sourceId, quote: s.text });
  }
  return { citations, silent: sources.map((s) => s.id).filter((id) => !perSource.has(id)) };
}
