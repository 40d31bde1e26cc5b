import type { Discrepancy, SourceId } from '../../report/types.js';
import type { Comparison } from '../context.js';

/** Which report is later, when both are dated apart: a later figure or account may be an update rather than a conflict. */
export function newer(cmp: Comparison, a: SourceId, b: SourceId): Pick<Discrepancy, 'later'> {
  const date = (id: string) => Date.parse(cmp.docs.find((d) => d.id === id)?.article.publishedAt ?? '');
  const [ta, tb] = [date(a), date(b)];
  if (Number.isNaN(ta) || Number.isNaN(tb) || ta === tb) return {};
  const [sourceId, earlier] = ta > tb ? [a, b] : [b, a];
  return { later: { sourceId, earlier, hours: Math.round(Math.abs(ta - tb) / 3_600_000) } };
}
