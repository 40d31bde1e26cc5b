import type { ConsensusPoint, SourceId } from '../../report/types.js';
import type { Comparison } from '../context.js';
import type { Sentence } from '../readers/document.js';
import { milestonePairs } from './milestones.js';
import { twoUtterances } from '../readers/quotes.js';

/** Sentences this alike (TF-IDF cosine) state the same fact; chosen on the seed set, see docs/ENGINE.md. */
export const SAME_FACT_SIMILARITY = 0.2;
const MAX_POINTS = 12;

/**
 * Facts reported by two or more sources. Each point is one sentence (verbatim, from one source) and
 * the sources with a sentence directly alike to it — not linked through a chain of partial overlaps,
 * which would credit a source with what only its neighbour says. Each source's own sentence is kept
 * as evidence.
 */
export function consensusPoints(cmp: Comparison): ConsensusPoint[] {
  const neighbours = new Map<Sentence, Map<SourceId, { s: Sentence; sim: number }>>();
  const link = (a: Sentence, b: Sentence, sim: number) => {
    const row = neighbours.get(a) ?? neighbours.set(a, new Map()).get(a)!;
    const best = row.get(b.sourceId);
    if (!best || best.sim < sim) row.set(b.sourceId, { s: b, sim });
  };
  for (const [a, b] of cmp.candidatePairs(2)) {
    const sim = cmp.similarity(a, b);
    if (sim < SAME_FACT_SIMILARITY || twoUtterances(a.text, b.text)) continue;
    link(a, b, sim);
    link(b, a, sim);
  }
  // "For the first time since the strike" and "has not spoken since the airstrike": one fact in other
  // words, which sentence likeness misses. Linked at the least likeness that counts.
  const milestones = milestonePairs(cmp);
  for (const [a, b] of milestones) link(a, b, SAME_FACT_SIMILARITY), link(b, a, SAME_FACT_SIMILARITY);
  const used = new Set<Sentence>();
  const points: Array<ConsensusPoint & { weight: number }> = [];
  const centres = [...neighbours.entries()].map(([s, row]) => ({ s, row }));
  for (;;) {
    let best: { s: Sentence; support: Array<{ s: Sentence; sim: number }>; score: number } | undefined;
    for (const { s, row } of centres) {
      if (used.has(s)) continue;
      const support = [...row.values()].filter((n) => !used.has(n.s));
      if (support.length === 0) continue;
      const score = support.length * 10 + support.reduce((sum, n) => sum + n.sim, 0) + 1 / (1 + s.rank);
      if (!best || score > best.score) best = { s, support, score };
    }
    if (!best || points.length >= MAX_POINTS) break;
    used.add(best.s);
    for (const n of best.support) used.add(n.s);
    const members = [best.s, ...best.support.map((n) => n.s)];
    // A lead that tells the milestone and more ("spoke today, for the first time since the strike, about
    // Syria") may be another point's evidence already; it still tells this one.
    for (const [a, b] of milestones) {
      const [inside, other] = members.includes(a) ? [a, b] : [b, a];
      if (members.includes(inside) && !members.some((m) => m.sourceId === other.sourceId)) members.push(other);
    }
    members.sort((x, y) => bySourceNumber(x.sourceId, y.sourceId));
    // The shortest member alike to all the others says the shared fact with the least besides.
    const text = (members
      .filter((m) => members.every((o) => o === m || cmp.similarity(m, o) >= SAME_FACT_SIMILARITY))
      .sort((x, y) => x.text.length - y.text.length)[0] ?? best.s).text;
    points.push({
      text,
      sources: members.map((m) => m.sourceId),
      evidence: members.map((m) => ({ sourceId: m.sourceId, quote: m.text })),
      weight: best.score,
    });
  }
  return points.map(({ weight: _w, ...p }) => p);
}

export function bySourceNumber(a: SourceId, b: SourceId): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}
