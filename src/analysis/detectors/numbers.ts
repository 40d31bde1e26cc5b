import type { Finding } from './finding.js';
import type { Comparison } from '../context.js';
import type { Sentence } from '../readers/document.js';
import { compatible, findNumbers, type NumberMention } from '../readers/numbers.js';
import { stem } from '../text.js';

import { newer } from './newer.js';

const MIN_CONTEXT_SIMILARITY = 0.25;

/** Figures for the same thing in closely matching sentences that cannot both be true. */
export function numberDiscrepancies(cmp: Comparison): Finding[] {
  const mentions = new Map<Sentence, NumberMention[]>();
  const numbersOf = (s: Sentence) => mentions.get(s) ?? mentions.set(s, findNumbers(s.text)).get(s)!;
  const found = new Map<string, Finding>();
  for (const [a, b] of cmp.candidatePairs(2)) {
    if (cmp.similarity(a, b) < MIN_CONTEXT_SIMILARITY) continue;
    for (const x of numbersOf(a)) {
      for (const y of numbersOf(b)) {
        if (!x.unit || stem(x.unit) !== stem(y.unit) || compatible(x, y)) continue;
        const key = `${stem(x.unit)}|${[a.sourceId, b.sourceId].sort().join()}`;
        if (found.has(key)) continue;
        found.set(key, {
          kind: 'number',
          form: 'figures',
          subject: x.unit,
          values: [
            { sourceId: a.sourceId, value: x.text },
            { sourceId: b.sourceId, value: y.text },
          ],
          ...newer(cmp, a.sourceId, b.sourceId),
          evidence: [
            { sourceId: a.sourceId, quote: a.text },
            { sourceId: b.sourceId, quote: b.text },
          ],
        });
      }
    }
  }
  return [...found.values()];
}
