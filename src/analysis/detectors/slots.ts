import type { Finding } from './finding.js';
import { checkSentence } from '../alignment/check-sentence.js';
import type { Comparison } from '../context.js';
import { fromConflict } from './conflict-findings.js';
import { isStatement } from './sentence-support.js';

/** Two sentences this alike tell one fact; below it, a different word is more likely a different fact. */
const SAME_FACT_SIMILARITY = 0.45;

/**
 * Facts told by two sources with one thing changed: a different figure, name, an opposite, a negation
 * ("arrested on fraud charges as part of a scheme to [prop up | sink] the company").
 */
export function slotDiscrepancies(cmp: Comparison): Finding[] {
  // One conflict found twice (from both sentences' pairs) is merged by the engine, by its keyOf.
  const out: Finding[] = [];
  const statementIds = new Set(cmp.docs.filter(isStatement).map((d) => d.id));
  for (const [a, b] of cmp.candidatePairs(2)) {
    // A statement against a report is checked by the statements detector, against the report's best matches.
    if (statementIds.has(a.sourceId) !== statementIds.has(b.sourceId)) continue;
    if (cmp.similarity(a, b) < SAME_FACT_SIMILARITY) continue;
    // Between two full reports a negation or an opposite in one place is as often a clause worded two
    // ways ("would not apply to" / "only apply to") as a contradiction: shown only when sure.
    for (const c of checkSentence(a.text, [b.text])) out.push({ ...fromConflict(c, a, b), ...(c.kind === 'claim' ? { confidence: 0.5 } : {}) });
  }
  return out;
}
