import type { Finding } from './finding.js';
import type { Comparison } from '../context.js';
import { CALENDAR_WORDS } from '../lexicon/calendar.js';
import type { Doc, Sentence } from '../readers/document.js';
import { excludes } from '../lexicon/opposites.js';
import { type Change, changesIn, differentMeasures, shared } from '../readers/changes.js';
import { newer } from './newer.js';

/**
 * Two changes are told of one measure over one period when their clauses share this many terms
 * ("fourth", "quarter", "vaccine", "sales"): two stems ("oil prices") may still be another day's move.
 */
const MIN_SHARED = 3;

interface Told {
  change: Change;
  sentence: Sentence;
}

/**
 * One source reports a measure going up where another reports it going down: "a fourth quarter increase
 * in vaccine sales" against "the fourth-quarter sales figure represented a 30% decrease". A change is
 * weighed against the other source's change most like it: if that one goes the same way (the other
 * source also tells a full-year rise next to the quarter's fall), the two are about different periods
 * or measures, not in conflict. Words need not align, so a sentence that fuses several facts is read too.
 */
export function trendDiscrepancies(cmp: Comparison): Finding[] {
  const told = new Map<Doc, Told[]>(cmp.docs.map((d) => [d, d.sentences.flatMap((sentence) => changesIn(sentence.text).map((change) => ({ change, sentence })))]));
  const out: Finding[] = [];
  for (const [i, a] of cmp.docs.entries()) {
    for (const b of cmp.docs.slice(i + 1)) {
      const candidates = [...opposed(told.get(a)!, told.get(b)!), ...opposed(told.get(b)!, told.get(a)!).map(([y, x, n]) => [x, y, n] as const)];
      // Closest first, and each change in one conflict at most: a fall told of another company in the
      // same report is not a second conflict with the same rise.
      const used = new Set<Told>();
      for (const [x, y] of candidates.sort((p, q) => q[2] - p[2])) {
        if (used.has(x) || used.has(y)) continue;
        used.add(x).add(y);
        out.push({
          kind: 'number',
          form: 'change',
          subject: [...x.change.terms].filter((t) => y.change.terms.has(t)).join(' '),
          values: [x, y].map((t) => ({ sourceId: t.sentence.sourceId, value: t.change.direction, words: around(t) })),
          ...newer(cmp, x.sentence.sourceId, y.sentence.sourceId),
          evidence: [
            { sourceId: x.sentence.sourceId, quote: x.sentence.text },
            { sourceId: y.sentence.sourceId, quote: y.sentence.text },
          ],
        });
      }
    }
  }
  return out;
}

/** Each change of `ours` whose closest counterpart in `theirs` goes the other way, with how much they share. */
function opposed(ours: Told[], theirs: Told[]): Array<readonly [Told, Told, number]> {
  const out: Array<readonly [Told, Told, number]> = [];
  for (const x of ours) {
    let best: Told | undefined;
    let bestShared = 0;
    let sameWay = 0;
    for (const y of theirs) {
      // "an increase in black children" and "a decrease in white children", "first quarter" and
      // "second quarter", "on Monday" and "on Tuesday" (stems of days and months are the words
      // themselves), "oil prices rose" and "shipping costs fell": two measures or two moments,
      // whatever else their clauses share.
      if (apart(x.change, y.change) || differentMeasures(x.change, y.change)) continue;
      const n = shared(x.change, y.change);
      if (y.change.direction === x.change.direction) sameWay = Math.max(sameWay, n);
      else if (n > bestShared) [best, bestShared] = [y, n];
    }
    if (best && bestShared >= MIN_SHARED && bestShared > sameWay) out.push([x, best, bestShared]);
  }
  return out;
}

function apart(a: Change, b: Change): boolean {
  for (const t of a.terms) if (!b.terms.has(t)) for (const u of b.terms) if (!a.terms.has(u) && (excludes(t, u) || (CALENDAR_WORDS.has(t) && CALENDAR_WORDS.has(u)))) return true;
  return false;
}

/** The direction word with a few words either side, as the sentence has them. */
function around(t: Told): string {
  const text = t.sentence.text;
  const at = text.indexOf(t.change.word);
  const before = /(?:\S+\s+){0,3}$/u.exec(text.slice(0, at))![0];
  const after = /^\S*(?:\s+\S+){0,4}/u.exec(text.slice(at + t.change.word.length))![0];
  return (before + t.change.word + after).trim();
}
