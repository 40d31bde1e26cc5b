import { between, type Finding } from './finding.js';
import { checkSentence } from '../alignment/check-sentence.js';
import type { Comparison } from '../context.js';
import { negates } from '../lexicon/negation.js';
import type { Doc } from '../readers/document.js';
import { assertsPlainly, disputes } from '../readers/stance.js';
import { fromConflict, leftOut } from './conflict-findings.js';
import { closest, isStatement, isTitleCase, rank, supportOf } from './sentence-support.js';

/** A report sentence calling something false is about the statement if at least this alike to it. */
const DISPUTE_SIMILARITY = 0.08;
/** The opening sentences of a report that say whether it is a debunk. */
const DEBUNK_LEAD = 2;
/** The report sentences most like a statement that say whether the report tells it as fact. */
const TOLD_SENTENCES = 3;

/**
 * A short statement (a claim, a headline pasted alone) against each full report: a report that calls
 * it false, a statement that calls false what a report tells as fact, and specifics the report never
 * gives or tells otherwise.
 */
export function statementDiscrepancies(cmp: Comparison): Finding[] {
  const statements = cmp.docs.filter(isStatement);
  const reports = cmp.docs.filter((d) => !isStatement(d));
  return statements.flatMap((statement) => reports.flatMap((report) => checkStatement(cmp, statement, report)));
}

function checkStatement(cmp: Comparison, statement: Doc, report: Doc): Finding[] {
  const out: Finding[] = [];
  // A statement that denies or asks anywhere ("Everyone chill! Banksy has NOT been arrested") asserts none of it.
  const plain = statement.sentences.every((s) => assertsPlainly(s.text));
  // A report that starts by calling a story false is a debunk of the story it is about.
  const debunkOpening = report.sentences.slice(0, DEBUNK_LEAD).find((r) => disputes(r.text));
  // Whether the report doubts anything at all: read once, and only for a statement that calls a story false.
  let doubted: boolean | undefined;
  const reportDoubts = () => (doubted ??= report.sentences.some((r) => disputes(r.text)));
  for (const s of statement.sentences) {
    const ranked = rank(cmp, cmp.vector(s), report);
    // The report calls what the statement asserts false, a hoax or a rumour: in a sentence about it,
    // or right after the sentence that retells it ("A post says…. Officials said the photo is a hoax.").
    const near = ranked[0] && ranked[0].sim >= DISPUTE_SIMILARITY ? report.sentences.slice(ranked[0].r.index + 1, ranked[0].r.index + 3) : [];
    // Or in its opening.
    const disputing = ranked.find((x) => x.sim >= DISPUTE_SIMILARITY && disputes(x.r.text))?.r ?? near.find((r) => disputes(r.text)) ?? debunkOpening;
    const dispute = plain ? disputing : undefined;
    if (dispute) {
      out.push(
        between('claim', 'dispute', [
          { sourceId: statement.id, value: 'states', quote: s.text },
          { sourceId: report.id, value: 'disputes', quote: dispute.text },
        ]),
      );
    }
    // The other way round: the statement calls a story false, and the report tells it as fact, with
    // no doubt or denial anywhere ("Hoax report claims 250,000 turkeys infected" / "Over 250,000 …
    // infected.").
    const told = ranked.filter((x) => x.sim >= DISPUTE_SIMILARITY).slice(0, TOLD_SENTENCES);
    if (disputes(s.text) && told.length && !told.some((x) => negates(x.r.text)) && !reportDoubts()) {
      out.push(
        between('claim', 'disputed', [
          { sourceId: statement.id, value: 'disputes', quote: s.text },
          { sourceId: report.id, value: 'states', quote: told[0]!.r.text },
        ]),
      );
    }
    const supports = closest(ranked);
    // In Title Case every word looks like a name: only figures, opposites and negations are checked there.
    for (const c of checkSentence(s.text, supports.map((r) => r.text), { other: cmp.vocabulary(report), names: !isTitleCase(s.text) })) {
      // A statement that denies a story, against a report that retells the story to dispute it
      // ("Claim: Culkin has died." … "a hoax"): the negation each side adds is the same denial, and
      // where they differ they retell the story they both reject.
      if (!plain && disputing && c.theirs !== undefined) continue;
      // A specific the report never gives contradicts it only where the statement retells something the
      // report tells (a name swapped into its fact). In a sentence the report has nothing like, it is a
      // fact the report leaves out; so is a figure of a kind the report gives none of.
      out.push(supports.length && !c.unmatched ? fromConflict(c, s, supportOf(c, supports), report) : leftOut(c, s, report, supports.length > 0));
    }
  }
  return out;
}
