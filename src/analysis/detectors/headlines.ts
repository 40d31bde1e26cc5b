import type { Finding } from './finding.js';
import { checkSentence } from '../alignment/check-sentence.js';
import type { Comparison } from '../context.js';
import { collapseWhitespace } from '../text.js';
import { LABEL } from './conflict-findings.js';
import { closest, isStatement, isTitleCase, rank, supportOf } from './sentence-support.js';

/**
 * Headline against body: a figure the body never gives, a name it never mentions, or a fact the body
 * tells with an opposite, a negation or another figure. A headline in Title Case is checked for
 * figures, opposites and negations only.
 */
export function headlineDiscrepancies(cmp: Comparison): Finding[] {
  const out: Finding[] = [];
  for (const doc of cmp.docs) {
    const title = doc.article.title ? collapseWhitespace(doc.article.title) : '';
    if (!title || isStatement(doc)) continue;
    const supports = closest(rank(cmp, cmp.vectorOf(doc.titleStems), doc));
    const [c] = checkSentence(title, supports.map((r) => r.text), { other: cmp.vocabulary(doc), names: !isTitleCase(title) });
    if (!c) continue;
    const body = supportOf(c, supports);
    out.push({
      kind: 'framing',
      form: c.theirs !== undefined ? 'headline' : 'headline-unmentioned',
      // A figure the body does not bear out is plain; a word or a name may be the headline's shorthand ("Dems").
      confidence: c.kind === 'number' ? 0.6 : 0.5,
      subject: LABEL[c.kind],
      values: [{ sourceId: doc.id, value: c.ours }, ...(c.theirs !== undefined ? [{ sourceId: doc.id, value: c.theirs }] : [])],
      evidence: [{ sourceId: doc.id, quote: title, in: 'title' }, ...(body ? [{ sourceId: doc.id, quote: body.text }] : [])],
    });
  }
  return out;
}
