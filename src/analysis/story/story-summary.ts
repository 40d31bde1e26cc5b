import type { Comparison } from '../context.js';
import type { Sentence } from '../readers/document.js';
import { cosine, Idf, tfidf, type Vector } from '../similarity.js';
import { countWords } from '../text.js';

/** Shorter than this is a caption or a fragment, not a statement of the story. */
const MIN_WORDS = 6;
const EDGE_SIMILARITY = 0.1;
/**
 * Share of a sentence's rank that flows from the sentences echoing it, the rest from the lead prior.
 * 0.7 rather than PageRank's usual 0.85: on the Multi-News sample 0.6–0.75 all scored within 0.2 ROUGE-1
 * of each other and 0.85 scored 0.5 lower (docs/ENGINE.md).
 */
const DAMPING = 0.7;
/**
 * How fast the lead prior decays with a sentence's place in its report: 1 / (1 + 0.1 × place). News puts
 * the event first, but the tenth sentence still tells the story; a steeper prior (1 / (1 + place)) cost
 * 4 ROUGE-1 points on the Multi-News sample (docs/ENGINE.md).
 */
const LEAD_DECAY = 0.1;
/** A sentence this close to one already chosen tells the reader nothing new. */
const REDUNDANT_SIMILARITY = 0.25;

/**
 * The story the sources share, told in their own sentences: a PageRank over links between sentences of
 * different sources (so a fact counts by how many other reports echo it, not by how often one report
 * repeats it), with a prior for the lead of each report, then the best-ranked sentences that do not
 * repeat one another, best first, up to a word budget.
 *
 * Sentences are weighted with an IDF over sentences, not over sources: with two or three sources an IDF
 * over sources cannot tell a word every sentence uses from one that names the event. Cross-source pairs
 * come from the stem index, so the cost follows the overlaps, not the square of all sentences.
 * `contested`: sentences that are evidence of a contradiction; they belong in the differences, not here.
 */
export function storySummary(cmp: Comparison, maxWords: number, contested: ReadonlySet<string> = new Set()): Sentence[] {
  const sentences = cmp.docs.flatMap((d) => d.sentences).filter((s) => countWords(s.text) >= MIN_WORDS && !contested.has(s.text));
  if (sentences.length === 0) return [];
  const idf = new Idf(cmp.docs.flatMap((d) => d.sentences.map((s) => s.stems)));
  const vectors = new Map<Sentence, Vector>(sentences.map((s) => [s, tfidf(s.stems, idf)]));
  const similarity = (a: Sentence, b: Sentence) => cosine(vectors.get(a)!, vectors.get(b)!);
  const index = new Map(sentences.map((s, i) => [s, i]));
  const edges: Array<Array<{ j: number; w: number }>> = sentences.map(() => []);
  for (const [a, b] of cmp.candidatePairs(1)) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) continue;
    const w = similarity(a, b);
    if (w < EDGE_SIMILARITY) continue;
    edges[i]!.push({ j, w });
    edges[j]!.push({ j: i, w });
  }
  const outWeight = edges.map((list) => list.reduce((sum, e) => sum + e.w, 0));
  const prior = sentences.map((s) => 1 / (1 + LEAD_DECAY * s.rank));
  const priorSum = prior.reduce((x, y) => x + y, 0);
  const n = sentences.length;
  let rank = prior.map((p) => p / priorSum);
  for (let iter = 0; iter < 30; iter++) {
    const next = prior.map((p) => ((1 - DAMPING) * p) / priorSum);
    for (let i = 0; i < n; i++) {
      const out = outWeight[i]!;
      if (out === 0) {
        next[i]! += DAMPING * rank[i]!;
        continue;
      }
      for (const e of edges[i]!) next[e.j]! += (DAMPING * rank[i]! * e.w) / out;
    }
    rank = next;
  }
  const order = sentences.map((s, i) => ({ s, r: rank[i]! })).sort((a, b) => b.r - a.r);
  const chosen: Sentence[] = [];
  let words = 0;
  for (const { s } of order) {
    if (words >= maxWords) break;
    if (chosen.some((c) => c.text === s.text || similarity(c, s) >= REDUNDANT_SIMILARITY)) continue;
    chosen.push(s);
    words += countWords(s.text);
  }
  return chosen;
}
