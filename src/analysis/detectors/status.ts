import type { Finding } from './finding.js';
import type { Comparison } from '../context.js';
import type { Sentence } from '../readers/document.js';
import { BODIES, LINKS, MEASURES, NEGATED, PENDING, STATUS_ACTS, type StatusAct } from '../lexicon/status.js';
import { CALENDAR_WORDS } from '../lexicon/calendar.js';
import { isStopword } from '../lexicon/stopwords.js';
import { stem } from '../text.js';
import { newer } from './newer.js';
import { outcomePairDiscrepancies } from './outcome-pairs.js';
import { isAdverb, Phrases, tokenize, type Token } from '../readers/tokens.js';

/**
 * Outcomes and status told two ways: one source says an act happened ("passed the bill", "resigned",
 * "was indicted") where another says it is only planned or expected ("plans to bring up", "is expected
 * to be charged") or did not happen ("has not resigned"), or says an act that excludes it happened
 * ("convicted" / "acquitted"). Both must be about one matter: the words around each act share a
 * content word with the other's sentence, both ways, and no two different bodies act ("the House
 * passed" and "the Senate is expected to pass" both hold).
 */

/** How a sentence holds an act. */
export type Holding = 'done' | 'pending' | 'not';

export interface StatusMention {
  act: StatusAct;
  holding: Holding;
  /** The source's own words around the act, verbatim. */
  words: string;
  /** Content stems of the words around the act (its doer and what it was done to). */
  around: Set<string>;
  /** The stems of `around` written as names ("Pelosi", "Senate"): a name says more than a common word. */
  names: Set<string>;
  /** Bodies named around the act ("house", "senate"). */
  bodies: Set<string>;
  /** Whether what the act is done to is a measure ("legislation", "bills"). */
  measure: boolean;
  /** The first content word after the act: the charge of a plea or a verdict ("to murder", "of fraud"). */
  object?: string;
}

/** Words either side of an act that say what it is about. */
const AROUND = 6;
/** Shared words around each act (a name counts twice) that make two acts one matter. */
const SAME_MATTER = 2;
/** How far back a cue ("expected", "not") governs an act, in words that are not links. */
const CUE_REACH = 2;

const MODALS = new Set(['will', 'would', 'may', 'might', 'could', 'can', 'should', 'shall', 'must', "won't", 'to', 'did', 'does', 'do']);
const DID = new Set(['did', 'does', 'do']);

/** Every form of every act, read against each token of each sentence. */
const FORMS = new Phrases(STATUS_ACTS.flatMap((a) => [...a.done, ...a.base]));

/** The cue governing the act that starts at token i: the first word before it that is not a link. */
export function cueBefore(tokens: Token[], i: number): { word?: string; from: number; negated: boolean } {
  let reach = 0;
  let negated = false;
  for (let j = i - 1; j >= 0 && reach < CUE_REACH + 3; j--) {
    if (tokens[j + 1]!.breakBefore) break;
    const w = tokens[j]!.lower;
    if (NEGATED.has(w) || /n't$/.test(w)) {
      negated = true;
      continue;
    }
    if (LINKS.has(w) || isAdverb(w)) continue;
    if (++reach > CUE_REACH) break;
    if (PENDING.has(w) || DID.has(w) || w === 'voted') return { word: w, from: j, negated };
  }
  return { from: i, negated };
}

/** Words that make the rest of their clause a condition or a goal: "if Congress … passed", "to get a package passed". */
const CONDITIONAL = new Set(['if', 'whether', 'unless', 'get', 'getting']);
/** How far back a condition governs its clause. */
const CLAUSE_REACH = 12;

function conditional(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - CLAUSE_REACH; j--) {
    if (CONDITIONAL.has(tokens[j]!.lower)) return true;
    if (tokens[j]!.breakBefore) return false;
  }
  return false;
}

/** The acts a sentence tells, each with how it holds them. */
export function statusMentions(text: string): StatusMention[] {
  const tokens = tokenize(text);
  const out: StatusMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!FORMS.mayStartAt(tokens, i)) continue;
    for (const act of STATUS_ACTS) {
      let holding: Holding | undefined;
      let length = 0;
      let from = i;
      for (const form of act.done) {
        length = FORMS.at(tokens, i, form);
        if (!length) continue;
        const cue = cueBefore(tokens, i);
        from = cue.from;
        holding = cue.negated ? 'not' : (cue.word && PENDING.has(cue.word)) || conditional(tokens, i) ? 'pending' : 'done';
        break;
      }
      if (!holding) {
        for (const form of act.base) {
          length = FORMS.at(tokens, i, form);
          if (!length) continue;
          // A base form is a verb only after "to", a modal or "did": "the charge" is a noun.
          const previous = tokens[i - 1];
          if (!previous || tokens[i]!.breakBefore || !MODALS.has(previous.lower)) {
            length = 0;
            continue;
          }
          const cue = cueBefore(tokens, i);
          from = Math.min(cue.from, i - 1);
          holding = cue.negated ? 'not' : cue.word && (DID.has(cue.word) || cue.word === 'voted') ? 'done' : 'pending';
          break;
        }
      }
      if (!holding) continue;
      const after = tokens.slice(i + length, i + length + AROUND);
      if (act.objects && !after.slice(0, 4).some((t) => act.objects!.includes(t.lower))) continue;
      const before = tokens.slice(Math.max(0, i - AROUND), i);
      const near = [...before, ...after];
      const until = after[Math.min(2, after.length - 1)];
      out.push({
        act,
        holding,
        words: text.slice(tokens[from]!.start, until ? until.end : tokens[i + length - 1]!.end),
        around: new Set(near.filter((t) => content(t.lower)).map((t) => stem(t.lower))),
        names: new Set(near.filter((t) => content(t.lower) && t.start > 0 && /^\p{Lu}/u.test(t.word)).map((t) => stem(t.lower))),
        bodies: new Set(near.map((t) => t.lower).filter((w) => BODIES.has(w))),
        measure: after.some((t) => MEASURES.has(t.lower)),
        object: after.map((t) => t.lower).filter(content).map(stem)[0],
      });
      i += length - 1;
      break;
    }
  }
  return out;
}

const STATUS_WORDS = new Set(STATUS_ACTS.flatMap((a) => [...a.done, ...a.base]).flatMap((f) => f.split(' ')));
const content = (w: string) => w.length > 2 && !isStopword(w) && !CALENDAR_WORDS.has(w) && !STATUS_WORDS.has(w) && !PENDING.has(w) && !NEGATED.has(w) && !/^\d/.test(w);

/**
 * Whether two holdings of acts cannot both be true of one matter at one time. Two acts that exclude
 * each other do so on one charge: "pleaded not guilty to murder" and "pleaded guilty to manslaughter"
 * both hold.
 */
function clash(a: StatusMention, b: StatusMention): boolean {
  if (a.act === b.act) return a.holding !== b.holding && (a.holding === 'done' || b.holding === 'done');
  return a.holding === 'done' && b.holding === 'done' && !!a.act.excludes?.includes(b.act.act) && a.object === b.object;
}

/**
 * The words around each act are found in the other's sentence, both ways, twice over (a name counts
 * twice): "the Senate passed the bill" and "the Senate is expected to pass the bill" tell of one matter;
 * "passed legislation" and "to pass a bill that secures our borders" may be two bills.
 * When the report that says it is done is the later one (`forward`: what was planned has happened, the
 * way news moves), one legislature and one measure in other words are enough.
 */
function oneMatter(a: StatusMention, sa: Sentence, b: StatusMention, sb: Sentence, forward: boolean): boolean {
  if (a.bodies.size && b.bodies.size && ![...a.bodies].some((x) => b.bodies.has(x))) return false;
  // One body named in both sentences ("in the House" / "to the House speakership") counts once, and
  // then a measure told in other words ("legislation" / "bills") once more: one legislature, one measure.
  const bodyIn = (s: Sentence) => new Set([...s.stemSet].filter((w) => BODY_STEMS.has(w)));
  const sameBody = forward && [...bodyIn(sa)].some((w) => bodyIn(sb).has(w)) ? 1 : 0;
  const measureIn = (s: Sentence) => [...s.stemSet].some((w) => MEASURE_STEMS.has(w));
  const found = (m: StatusMention, s: Sentence) =>
    [...m.around].filter((w) => s.stemSet.has(w)).reduce((n, w) => n + (m.names.has(w) ? 2 : 1), 0) + (sameBody && m.measure && measureIn(s) ? 1 : 0);
  return found(a, sb) + sameBody >= SAME_MATTER && found(b, sa) + sameBody >= SAME_MATTER;
}

const MEASURE_STEMS = new Set([...MEASURES].map(stem));
const BODY_STEMS = new Set([...BODIES].map(stem));

const HOLDING_VALUE: Record<Holding, string> = { done: 'done', pending: 'planned or expected', not: 'not done' };

export function statusDiscrepancies(cmp: Comparison): Finding[] {
  const mentions = new Map<Sentence, StatusMention[]>();
  for (const d of cmp.docs) for (const s of d.sentences) {
    const found = statusMentions(s.text);
    if (found.length) mentions.set(s, found);
  }
  const out: Finding[] = [];
  const seen = new Set<string>();
  const told = [...mentions.entries()];
  for (let i = 0; i < told.length; i++) {
    for (let j = i + 1; j < told.length; j++) {
      const [[sa, ma], [sb, mb]] = [told[i]!, told[j]!];
      if (sa.sourceId === sb.sourceId) continue;
      for (const a of ma) {
        const later = newer(cmp, sa.sourceId, sb.sourceId).later?.sourceId;
        const forward = (m: StatusMention) => (a.holding === 'done' && later === sa.sourceId) || (m.holding === 'done' && later === sb.sourceId);
        const b = mb.find((m) => clash(a, m) && oneMatter(a, sa, m, sb, forward(m)));
        if (!b) continue;
        // One conflict per pair of sources and act: the first told (reports lead with what matters).
        const key = [sa.sourceId, sb.sourceId].sort().join() + a.act.act;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          kind: 'claim',
          form: 'status',
          subject: a.act.act === b.act.act ? a.act.act : `${a.act.act} / ${b.act.act}`,
          values: [
            { sourceId: sa.sourceId, value: a.act.act === b.act.act ? HOLDING_VALUE[a.holding] : a.act.done[0]!, words: a.words },
            { sourceId: sb.sourceId, value: a.act.act === b.act.act ? HOLDING_VALUE[b.holding] : b.act.done[0]!, words: b.words },
          ],
          evidence: [
            { sourceId: sa.sourceId, quote: sa.text },
            { sourceId: sb.sourceId, quote: sb.text },
          ],
          ...newer(cmp, sa.sourceId, sb.sourceId),
        });
      }
    }
  }
  // Outcomes one source tells further than another of one subject (resigned / only apologised).
  return [...out, ...outcomePairDiscrepancies(cmp)];
}
