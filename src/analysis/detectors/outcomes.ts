import type { Evidence } from '../../report/types.js';
import type { Finding } from './finding.js';
import type { Comparison } from '../context.js';
import { negatesOrDenies } from '../lexicon/negation.js';
import { AGREED, NOTHING_CAME } from '../lexicon/outcomes.js';
import { newer } from './newer.js';


/** Sources that disagree on the outcome: one reports an agreement, another that nothing came of it. */
/** An agreement and a "nothing came of it" this alike are about one matter. */
const SAME_MATTER = 0.15;

function similarity(cmp: Comparison, a: Evidence, b: Evidence): number {
  const find = (e: Evidence) => cmp.docs.find((d) => d.id === e.sourceId)!.sentences.find((s) => s.text === e.quote)!;
  return cmp.similarity(find(a), find(b));
}

export function outcomeDiscrepancies(cmp: Comparison): Finding[] {
  const agreed: Evidence[] = [];
  const nothing: Evidence[] = [];
  for (const doc of cmp.docs) {
    const yes = doc.sentences.find((s) => AGREED.test(s.text) && !NOTHING_CAME.test(s.text) && !negatesOrDenies(s.text));
    const no = doc.sentences.find((s) => NOTHING_CAME.test(s.text));
    // A source that says nothing came of it is on that side, whatever else it reports agreeing on.
    if (no) nothing.push({ sourceId: doc.id, quote: no.text });
    else if (yes) agreed.push({ sourceId: doc.id, quote: yes.text });
  }
  if (agreed.length === 0 || nothing.length === 0) return [];
  // An agreement and a "no deal" sure to be about the same thing share its words ("agreed to fund an
  // inspection" / "ended without agreement on funding for inspections"); otherwise they may be two talks.
  const alike = agreed.some((y) => nothing.some((n) => similarity(cmp, y, n) >= SAME_MATTER));
  return [
    {
      kind: 'claim',
      form: 'outcome',
      subject: 'outcome',
      values: [...agreed.map((e) => ({ sourceId: e.sourceId, value: 'agreement' })), ...nothing.map((e) => ({ sourceId: e.sourceId, value: 'nothing' }))],
      evidence: [...agreed, ...nothing],
      confidence: alike ? 0.6 : 0.4,
      // A later "they agreed" after an earlier "no deal" may be the talks' next day, not a contradiction.
      ...newer(cmp, agreed[0]!.sourceId, nothing[0]!.sourceId),
    },
  ];
}
