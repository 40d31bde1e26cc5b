import type { Discrepancy, DiscrepancyKind, Evidence } from '../../report/types.js';
import type { Comparison } from '../context.js';
import type { Doc, Sentence } from '../document.js';
import type { Vector } from '../similarity.js';
import { assertsPlainly, checkSentence, type Conflict, disputes, negates } from '../support.js';
import { collapseWhitespace } from '../text.js';

/** Two sentences this alike tell one fact; below it, a different word is more likely a different fact. */
const SAME_FACT_SIMILARITY = 0.45;
/** A statement sentence is checked against the sentences of the other text most like it, if at least this alike. */
const SUPPORT_SIMILARITY = 0.2;
const SUPPORTS = 2;
/** A report sentence calling something false is about the statement if at least this alike to it. */
const DISPUTE_SIMILARITY = 0.08;
/** The opening sentences of a report that say whether it is a debunk. */
const DEBUNK_LEAD = 2;
/** The report sentences most like a statement that say whether the report tells it as fact. */
const TOLD_SENTENCES = 3;
/** A source this short is a statement (a claim, a headline pasted alone): every specific in it must be borne out. */
const STATEMENT_SENTENCES = 3;
const STATEMENT_WORDS = 80;

export function isStatement(doc: Doc): boolean {
  return doc.sentences.length <= STATEMENT_SENTENCES && doc.words <= STATEMENT_WORDS;
}

/**
 * Facts told by two sources with one thing changed: a different figure, name, an opposite, a negation
 * ("arrested on fraud charges as part of a scheme to [prop up | sink] the company"). And for a short
 * statement checked against a full report: figures and names the report never gives.
 */
export function slotDiscrepancies(cmp: Comparison): Discrepancy[] {
  const out: Discrepancy[] = [];
  const seen = new Set<string>();
  const push = (d: Discrepancy) => {
    const key = `${d.kind}|${d.evidence.map((e) => e.quote).join('|')}`;
    if (!seen.has(key)) (seen.add(key), out.push(d));
  };
  const statements = cmp.docs.filter(isStatement);
  const statementIds = new Set(statements.map((d) => d.id));
  for (const [a, b] of cmp.candidatePairs(2)) {
    // A statement against a report is checked below, against the report's best matches.
    if (statementIds.has(a.sourceId) !== statementIds.has(b.sourceId)) continue;
    if (cmp.similarity(a, b) < SAME_FACT_SIMILARITY) continue;
    for (const c of checkSentence(a.text, [b.text])) push(fromConflict(c, a, b));
  }
  const reports = cmp.docs.filter((d) => !statementIds.has(d.id));
  for (const statement of statements) {
    for (const report of reports) for (const d of checkStatement(cmp, statement, report)) push(d);
  }
  return out;
}

/**
 * Headline against body: a figure the body never gives, a name it never mentions, or a fact the body
 * tells with an opposite, a negation or another figure. A headline in Title Case is checked for
 * figures, opposites and negations only.
 */
export function headlineDiscrepancies(cmp: Comparison): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const doc of cmp.docs) {
    const title = doc.article.title ? collapseWhitespace(doc.article.title) : '';
    if (!title || isStatement(doc)) continue;
    const supports = closest(rank(cmp, cmp.vectorOf(doc.titleStems), doc));
    const [c] = checkSentence(title, supports.map((r) => r.text), { other: cmp.vocabulary(doc), names: !isTitleCase(title) });
    if (!c) continue;
    const body = supportOf(c, supports);
    out.push({
      kind: 'framing',
      summary:
        c.theirs !== undefined
          ? `${doc.id}'s headline says “${c.ours}” where its own text says “${c.theirs}”.`
          : `${doc.id}'s headline gives the ${LABEL[c.kind]} “${c.ours}”, which its own text never mentions.`,
      evidence: [{ sourceId: doc.id, quote: title, in: 'title' }, ...(body ? [{ sourceId: doc.id, quote: body.text }] : [])],
    });
  }
  return out;
}

/** The sentences of `doc`, most like `v` first. */
function rank(cmp: Comparison, v: Vector, doc: Doc): Array<{ r: Sentence; sim: number }> {
  return doc.sentences.map((r) => ({ r, sim: cmp.similarityTo(v, r) })).sort((x, y) => y.sim - x.sim);
}

/** The sentences a text is checked against: the few most like it, if alike enough to retell it. */
function closest(ranked: Array<{ r: Sentence; sim: number }>): Sentence[] {
  return ranked
    .filter((x) => x.sim >= SUPPORT_SIMILARITY)
    .slice(0, SUPPORTS)
    .map((x) => x.r);
}

/** The sentence a conflict was found in, or the closest one when it is about the whole text. */
function supportOf(c: Conflict, supports: Sentence[]): Sentence | undefined {
  return supports[c.support ?? 0];
}

function checkStatement(cmp: Comparison, statement: Doc, report: Doc): Discrepancy[] {
  const out: Discrepancy[] = [];
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
      out.push({
        kind: 'claim',
        summary: `${report.id} disputes what ${statement.id} states: it calls it untrue, a hoax, a rumour or denied.`,
        evidence: [
          { sourceId: statement.id, quote: s.text },
          { sourceId: report.id, quote: dispute.text },
        ],
      });
    }
    // The other way round: the statement calls a story false, and the report tells it as fact, with
    // no doubt or denial anywhere ("Hoax report claims 250,000 turkeys infected" / "Over 250,000 …
    // infected.").
    const told = ranked.filter((x) => x.sim >= DISPUTE_SIMILARITY).slice(0, TOLD_SENTENCES);
    if (disputes(s.text) && told.length && !told.some((x) => negates(x.r.text)) && !reportDoubts()) {
      out.push({
        kind: 'claim',
        summary: `${statement.id} calls untrue, a hoax or a rumour what ${report.id} reports as fact.`,
        evidence: [
          { sourceId: statement.id, quote: s.text },
          { sourceId: report.id, quote: told[0]!.r.text },
        ],
      });
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

/** Most words capitalised, as headlines are written: "Trump And Putin Agree To Work Together". */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length > 0.6;
}

const LABEL: Record<Conflict['kind'], string> = { number: 'figure', name: 'name', claim: 'wording' };

function leftOut(c: Conflict, ours: Sentence, report: Doc, retold: boolean): Discrepancy {
  return {
    kind: 'omission',
    summary: retold
      ? `${ours.sourceId} gives the ${LABEL[c.kind]} “${c.ours}”; ${report.id} gives no ${LABEL[c.kind]} of that kind.`
      : `${ours.sourceId} gives the ${LABEL[c.kind]} “${c.ours}”; ${report.id} tells nothing like the sentence it is in.`,
    evidence: [{ sourceId: ours.sourceId, quote: ours.text }],
    silent: [report.id],
  };
}

function fromConflict(c: Conflict, ours: Sentence, theirs: Sentence | undefined, report?: Doc): Discrepancy {
  const kind: DiscrepancyKind = c.kind;
  const evidence: Evidence[] = [{ sourceId: ours.sourceId, quote: ours.text }];
  if (theirs) evidence.push({ sourceId: theirs.sourceId, quote: theirs.text });
  const other = theirs?.sourceId ?? report?.id ?? 'the other source';
  const summary =
    c.theirs !== undefined
      ? `${ours.sourceId} says “${c.ours}” where ${other} says “${c.theirs}”.`
      : `${ours.sourceId} gives the ${LABEL[c.kind]} “${c.ours}”, which ${other} never mentions.`;
  return { kind, summary, evidence };
}
