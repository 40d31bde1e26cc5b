import type { Discrepancy } from '../../report/types.js';
import type { Comparison } from '../context.js';
import type { Sentence } from '../document.js';
import { compatible, findNumbers, type NumberMention } from '../numbers.js';
import { stem } from '../text.js';

const MIN_CONTEXT_SIMILARITY = 0.25;

/** Figures for the same thing in closely matching sentences that cannot both be true. */
export function numberDiscrepancies(cmp: Comparison): Discrepancy[] {
  const mentions = new Map<Sentence, NumberMention[]>();
  const numbersOf = (s: Sentence) => mentions.get(s) ?? mentions.set(s, findNumbers(s.text)).get(s)!;
  const found = new Map<string, Discrepancy>();
  for (const [a, b] of cmp.candidatePairs(2)) {
    if (cmp.similarity(a, b) < MIN_CONTEXT_SIMILARITY) continue;
    for (const x of numbersOf(a)) {
      for (const y of numbersOf(b)) {
        if (!x.unit || stem(x.unit) !== stem(y.unit) || compatible(x, y)) continue;
        const key = `${stem(x.unit)}|${[a.sourceId, b.sourceId].sort().join()}`;
        if (found.has(key)) continue;
        found.set(key, {
          kind: 'number',
          summary: `Different figures for "${x.unit}": ${a.sourceId} says ${x.text}, ${b.sourceId} says ${y.text}.${newer(cmp, a.sourceId, b.sourceId)}`,
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

/** Which report is newer, when both are dated: a later figure may be an update rather than a conflict. */
export function newer(cmp: Comparison, a: string, b: string): string {
  const date = (id: string) => Date.parse(cmp.docs.find((d) => d.id === id)?.article.publishedAt ?? '');
  const [ta, tb] = [date(a), date(b)];
  if (Number.isNaN(ta) || Number.isNaN(tb) || ta === tb) return '';
  const [later, earlier] = ta > tb ? [a, b] : [b, a];
  const hours = Math.round(Math.abs(ta - tb) / 3_600_000);
  return ` ${later} was published ${hours >= 48 ? `${Math.round(hours / 24)} days` : `${hours} h`} after ${earlier}: its figure may be an update.`;
}
