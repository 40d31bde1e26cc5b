import type { Evidence } from '../../report/types.js';
import type { Finding } from './finding.js';
import type { Comparison } from '../context.js';
import { negatesOrDenies } from '../lexicon/negation.js';
import { AGREED, NOTHING_CAME } from '../lexicon/outcomes.js';


/** Sources that disagree on the outcome: one reports an agreement, another that nothing came of it. */
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
  return [
    {
      kind: 'claim',
      form: 'outcome',
      subject: 'outcome',
      values: [...agreed.map((e) => ({ sourceId: e.sourceId, value: 'agreement' })), ...nothing.map((e) => ({ sourceId: e.sourceId, value: 'nothing' }))],
      evidence: [...agreed, ...nothing],
    },
  ];
}
