import type { Discrepancy, Evidence } from '../../report/types.js';
import type { Comparison } from '../context.js';
import type { Sentence } from '../document.js';
import { list } from '../text.js';
import { isStatement } from './slots.js';

// What a report says came of the event. Wording, not topic: these lists carry no names or subjects.
const AGREED =
  /\b(agreed|agree to|agrees|it has been agreed|vowed|vowing|pledged|reached (?:an? )?(?:deal|agreement|accord)|struck a deal|signed (?:an? )?(?:deal|agreement|accord)|(?:will|to) work (?:together|jointly))\b/i;
const NOTHING_CAME =
  /\b(no (?:immediate |real |concrete )?(?:progress|deal|agreement|breakthrough|outcome)|did not (?:seem to )?(?:result in|produce|yield|agree)|failed to (?:reach|agree|produce|yield)|nothing (?:was )?(?:achieved|agreed|decided)|without (?:a deal|an agreement|agreement|progress)|(?:talks|negotiations) (?:stalled|collapsed|broke down))\b/i;
const NEGATION = /\b(not|no|never|none|neither|nor|denied|denies|deny|without)\b|n['’]t\b/i;

/** Sources that disagree on the outcome, and closely matching sentences where one denies the other. */
export function claimDiscrepancies(cmp: Comparison): Discrepancy[] {
  return [...outcomeConflict(cmp), ...negationConflicts(cmp)];
}

function outcomeConflict(cmp: Comparison): Discrepancy[] {
  const agreed: Evidence[] = [];
  const nothing: Evidence[] = [];
  for (const doc of cmp.docs) {
    const yes = doc.sentences.find((s) => AGREED.test(s.text) && !NOTHING_CAME.test(s.text) && !NEGATION.test(s.text));
    const no = doc.sentences.find((s) => NOTHING_CAME.test(s.text));
    // A source that says nothing came of it is on that side, whatever else it reports agreeing on.
    if (no) nothing.push({ sourceId: doc.id, quote: no.text });
    else if (yes) agreed.push({ sourceId: doc.id, quote: yes.text });
  }
  if (agreed.length === 0 || nothing.length === 0) return [];
  return [
    {
      kind: 'claim',
      summary: `Outcome: ${list(agreed.map((e) => e.sourceId))} report${agreed.length === 1 ? 's' : ''} an agreement; ${list(nothing.map((e) => e.sourceId))} say${nothing.length === 1 ? 's' : ''} nothing concrete came of it.`,
      evidence: [...agreed, ...nothing],
    },
  ];
}

const NEGATION_PAIR_SIMILARITY = 0.5;

function negationConflicts(cmp: Comparison): Discrepancy[] {
  const out: Discrepancy[] = [];
  const used = new Set<Sentence>();
  const statements = new Set(cmp.docs.filter(isStatement).map((d) => d.id));
  for (const [a, b] of cmp.candidatePairs(3)) {
    if (used.has(a) || used.has(b)) continue;
    const [na, nb] = [NEGATION.test(a.text), NEGATION.test(b.text)];
    if (na === nb || cmp.similarity(a, b) < NEGATION_PAIR_SIMILARITY) continue;
    const [neg, pos] = na ? [a, b] : [b, a];
    // A short denial ("Banksy has not been arrested") against a report's sentence retelling the story:
    // debunks retell what they deny, so only the statement detector, which sees the whole report, judges it.
    if (statements.has(neg.sourceId)) continue;
    used.add(a).add(b);
    out.push({
      kind: 'claim',
      summary: `${pos.sourceId} states what ${neg.sourceId} denies or negates.`,
      evidence: [
        { sourceId: pos.sourceId, quote: pos.text },
        { sourceId: neg.sourceId, quote: neg.text },
      ],
    });
  }
  return out;
}
