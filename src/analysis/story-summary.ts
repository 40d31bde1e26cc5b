import type { Comparison } from './context.js';
import type { Sentence } from './document.js';
import { countWords } from './text.js';

const MIN_WORDS = 8;
const EDGE_SIMILARITY = 0.1;
const REDUNDANT_SIMILARITY = 0.5;

/**
 * The story the sources share, told in their own sentences: a PageRank over links between sentences of
 * different sources (so a fact counts by how many other reports echo it, not by how often one report
 * repeats it), with a prior for the lead of each report, then the best-ranked sentences that do not
 * repeat one another, best first, up to a word budget. Cross-source pairs come from the stem
 * index, so the cost follows the overlaps, not the square of all sentences.
 */
/** `contested`: sentences that are evidence of a contradiction; they belong in the differences, not here. */
export function storySummary(cmp: Comparison, maxWords: number, contested: ReadonlySet<string> = new Set()): Sentence[] {
  const sentences = cmp.docs.flatMap((d) => d.sentences).filter((s) => countWords(s.text) >= MIN_WORDS && !contested.has(s.text));
  if (sentences.length === 0) return [];
  const index = new Map(sentences.map((s, i) => [s, i]));
  const edges: Array<Array<{ j: number; w: number }>> = sentences.map(() => []);
  for (const [a, b] of cmp.candidatePairs(2)) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) continue;
    const w = cmp.similarity(a, b);
    if (w < EDGE_SIMILARITY) continue;
    edges[i]!.push({ j, w });
    edges[j]!.push({ j: i, w });
  }
  const prior = sentences.map((s) => 1 / (1 + s.rank));
  const priorSum = prior.reduce((x, y) => x + y, 0);
  const n = sentences.length;
  let rank = prior.map((p) => p / priorSum);
  for (let iter = 0; iter < 30; iter++) {
    const next = prior.map((p) => (0.15 * p) / priorSum);
    for (let i = 0; i < n; i++) {
      const out = edges[i]!.reduce((sum, e) => sum + e.w, 0);
      if (out === 0) {
        next[i]! += 0.85 * rank[i]!;
        continue;
      }
      for (const e of edges[i]!) next[e.j]! += (0.85 * rank[i]! * e.w) / out;
    }
    rank = next;
  }
  const order = sentences.map((s, i) => ({ s, r: rank[i]! })).sort((a, b) => b.r - a.r);
  const chosen: Sentence[] = [];
  let words = 0;
  for (const { s } of order) {
    if (words >= maxWords) break;
    if (chosen.some((c) => cmp.similarity(c, s) >= REDUNDANT_SIMILARITY)) continue;
    chosen.push(s);
    words += countWords(s.text);
  }
  return chosen;
}
