import { between, type Finding } from './finding.js';
import type { Comparison } from '../context.js';
import { negatesOrDenies } from '../lexicon/negation.js';
import type { Sentence } from '../readers/document.js';
import { isStatement } from './sentence-support.js';

const NEGATION_PAIR_SIMILARITY = 0.5;

/** Closely matching sentences of two sources where one denies or negates what the other states. */
export function negationDiscrepancies(cmp: Comparison): Finding[] {
  const out: Finding[] = [];
  const used = new Set<Sentence>();
  const statements = new Set(cmp.docs.filter(isStatement).map((d) => d.id));
  for (const [a, b] of cmp.candidatePairs(3)) {
    if (used.has(a) || used.has(b)) continue;
    const [na, nb] = [negatesOrDenies(a.text), negatesOrDenies(b.text)];
    if (na === nb || cmp.similarity(a, b) < NEGATION_PAIR_SIMILARITY) continue;
    const [neg, pos] = na ? [a, b] : [b, a];
    // A short denial ("Banksy has not been arrested") against a report's sentence retelling the story:
    // debunks retell what they deny, so only the statement detector, which sees the whole report, judges it.
    if (statements.has(neg.sourceId)) continue;
    used.add(a).add(b);
    out.push(
      between('claim', 'negation', [
        { sourceId: pos.sourceId, value: 'states', quote: pos.text },
        { sourceId: neg.sourceId, value: 'denies', quote: neg.text },
      ]),
    );
  }
  return out;
}
