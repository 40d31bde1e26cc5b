/**
 * Changes a text reports in some measure: "a 30% decrease", "an increase in vaccine sales", "profits
 * fell 12%". A change is read only where the wording says a quantity moved (a direction word followed
 * by "in" or next to an amount), so "fell from a clifftop", "jumped from a window" or "the fall of
 * Kabul" are not one.
 * Pure: text in, changes out.
 */
import { TOKEN } from '../text.js';
import { contentStems, stem } from '../text.js';
import { isStopword } from '../lexicon/stopwords.js';

export type Direction = 'up' | 'down';

export interface Change {
  direction: Direction;
  /** The direction word as written. */
  word: string;
  /** Content stems of the clause the change is told in: what changed, and when ("fourth quarter sales"). */
  terms: Set<string>;
  /**
   * What changed, when the wording names it next to the change: "prices" in "oil prices rose", "vaccine
   * sales" in "an increase in vaccine sales". Unknown in "represented a 30% decrease".
   */
  measure?: Set<string>;
}

const UP = ['increase', 'rise', 'rose', 'risen', 'grow', 'grew', 'grown', 'growth', 'gain', 'climb', 'jump', 'surge', 'soar', 'rebound'];
const DOWN = ['decrease', 'decline', 'drop', 'fall', 'fell', 'fallen', 'shrink', 'shrank', 'slump', 'plunge', 'slide', 'slid', 'tumble', 'downturn', 'contraction', 'reduction'];
const DIRECTION = new Map<string, Direction>([...UP.map((w) => [stem(w), 'up'] as const), ...DOWN.map((w) => [stem(w), 'down'] as const)]);

// An amount: "30%", "$5bn", "12", "5 percent" (its last word), "a million".
const AMOUNT = /^(?:[$€£¥]?\d[\d.,]*(?:%|bn|m|k)?|percent|points?|million|billion|trillion)$/i;
// A share or a sum, the only figures that can come before a change: "a 30% decrease", "a $5bn drop" (not "30 jumped").
const SHARE = /^(?:[$€£¥]\d[\d.,]*(?:bn|m|k)?|\d[\d.,]*%|percent|points?|million|billion|trillion)$/i;
// Where one clause of a sentence ends and a contrasting one begins: "… a 30% decrease, while for the
// full year it represented a 4% increase".
const CLAUSE_BREAK = /\s*(?:;|:|—|–|\b(?:while|whereas|but|although|though|however)\b)\s*/i;

/** The changes a sentence reports. */
export function changesIn(sentence: string): Change[] {
  const out: Change[] = [];
  for (const clause of sentence.split(CLAUSE_BREAK)) {
    const ws = [...clause.matchAll(TOKEN)].map((m) => ({ w: m[0], at: m.index }));
    // Whether only spaces stand between two tokens: a comma or a bracket ends a phrase.
    const joined = (i: number) => /^\s+$/.test(clause.slice(ws[i]!.at + ws[i]!.w.length, ws[i + 1]!.at));
    const found: Array<{ direction: Direction; word: string; measure?: Set<string> }> = [];
    for (const [i, { w }] of ws.entries()) {
      const direction = DIRECTION.get(stem(w));
      if (!direction) continue;
      const [prev, next, after] = [ws[i - 1]?.w ?? '', (ws[i + 1]?.w ?? '').toLowerCase(), ws[i + 2]?.w ?? ''];
      // "an increase in sales", "a 30% decrease", "fell 12%", "rose by 5 percent", "decreases of 70%",
      // "dropped to $4bn". Not "the fall of Kabul" or "the rise of a movement": "of" takes an amount.
      const ofSomething = next === 'in' && joined(i);
      if (!(ofSomething || SHARE.test(prev) || AMOUNT.test(next) || (['by', 'to', 'of'].includes(next) && AMOUNT.test(after)))) continue;
      const measure: string[] = [];
      if (ofSomething) {
        // "an increase in [SARS-CoV-2 vaccine sales]": the words after "in", up to the phrase's end.
        for (let j = i + 2; j < ws.length && measure.length < 3 && joined(j - 1); j++) if (isContent(ws[j]!.w)) measure.push(stem(ws[j]!.w));
      } else if (i > 0 && isContent(prev) && joined(i - 1) && VERB_FORM.test(w)) {
        // "[oil prices] rose 3%": the words right before the verb.
        for (let j = i - 1; j >= 0 && measure.length < 2 && isContent(ws[j]!.w) && joined(j); j--) measure.push(stem(ws[j]!.w));
      }
      found.push({ direction, word: w, ...(measure.length ? { measure: new Set(measure) } : {}) });
    }
    if (found.length === 0) continue;
    // Figures are left out: the two sources may well give different ones for the same change.
    const terms = new Set(contentStems(clause).filter((t) => !DIRECTION.has(t) && !/\d/.test(t)));
    for (const f of found) out.push({ ...f, terms });
  }
  return out;
}

// A verb, not a noun: "prices rose", "sales declined", "costs falls" (not "a decline", "the increase").
const VERB_FORM = /(?:ed|s)$|^(?:rose|risen|fell|fallen|grew|grown|shrank|slid)$/i;
const isContent = (w: string) => /^\p{L}/u.test(w) && !isStopword(w.toLowerCase()) && !DIRECTION.has(stem(w));

/** Two changes whose wording names what changed, and names different things: "oil prices" and "shipping costs". */
export function differentMeasures(a: Change, b: Change): boolean {
  if (!a.measure || !b.measure) return false;
  for (const t of a.measure) if (b.measure.has(t)) return false;
  return true;
}

/** How many terms two changes share: how surely they are the same measure over the same period. */
export function shared(a: Change, b: Change): number {
  let n = 0;
  for (const t of a.terms) if (b.terms.has(t)) n++;
  return n;
}
