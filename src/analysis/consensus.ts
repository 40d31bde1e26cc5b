import type { ConsensusPoint, SourceId } from '../report/types.js';
import type { Comparison } from './context.js';
import type { Sentence } from './document.js';

/** Sentences this alike (TF-IDF cosine) state the same fact; chosen on the seed set, see docs/ENGINE.md. */
export const SAME_FACT_SIMILARITY = 0.3;
const MAX_POINTS = 8;

/**
 * Facts reported by two or more sources: sentences linked across sources by similarity, grouped, and
 * shown through the sentence most like the rest of its group (verbatim, from one of the sources).
 */
export function consensusPoints(cmp: Comparison): ConsensusPoint[] {
  const parent = new Map<Sentence, Sentence>();
  const find = (s: Sentence): Sentence => {
    let p = parent.get(s) ?? s;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p)!;
    parent.set(s, p);
    return p;
  };
  for (const [a, b] of cmp.candidatePairs(2)) {
    if (cmp.similarity(a, b) >= SAME_FACT_SIMILARITY) parent.set(find(a), find(b));
  }
  const groups = new Map<Sentence, Sentence[]>();
  for (const s of parent.keys()) {
    const root = find(s);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(s);
  }
  const points: Array<ConsensusPoint & { weight: number }> = [];
  for (const members of groups.values()) {
    const sources = [...new Set(members.map((m) => m.sourceId))].sort(bySourceNumber);
    if (sources.length < 2) continue;
    const central = members
      .map((m) => ({ m, score: members.reduce((sum, o) => sum + (o === m ? 0 : cmp.similarity(m, o)), 0) }))
      .sort((x, y) => y.score - x.score || x.m.rank - y.m.rank)[0]!.m;
    const lead = members.reduce((sum, m) => sum + 1 / (1 + m.rank), 0);
    points.push({ text: central.text, sources, weight: sources.length * 10 + lead });
  }
  return points
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_POINTS)
    .map(({ text, sources }) => ({ text, sources }));
}

export function bySourceNumber(a: SourceId, b: SourceId): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}
