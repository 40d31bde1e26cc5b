import type { Finding } from './finding.js';
import type { Comparison } from '../context.js';
import type { Sentence } from '../readers/document.js';
import { compatible, findNumbers, type NumberMention } from '../readers/numbers.js';
import { contentStems, stem } from '../text.js';

import { newer } from './newer.js';

const MIN_CONTEXT_SIMILARITY = 0.25;
/** Content words either side of a figure read to tell what it counts. */
const AROUND_WORDS = 6;
/** Words two figures' surroundings share when they count one thing ("killed", "bridge"). */
const SHARED_AROUND = 2;

/** The content stems a few words either side of a mention (a figure, a date) in its sentence. */
export function surroundings(sentence: string, n: { index: number; text: string }, around = AROUND_WORDS): Set<string> {
  const before = contentStems(sentence.slice(0, n.index)).slice(-around);
  const after = contentStems(sentence.slice(n.index + n.text.length)).slice(0, around);
  return new Set([...before, ...after]);
}

/**
 * Words two figures' surroundings share that tell one count even when the sentences around them go on
 * about other things ("took the 35-word oath administered by Chief Justice …, wearing …" / "the Chief
 * Justice administered the 38-word oath at noon, capping …").
 */
const SAME_COUNT_AROUND = 4;
/** Below this, even figures among the same words sit in sentences about different things. */
const MIN_LOCAL_SIMILARITY = 0.12;

/** How many content words two figures' surroundings share. */
function sharedAround(textA: string, x: NumberMention, textB: string, y: NumberMention): number {
  const b = surroundings(textB, y);
  return [...surroundings(textA, x)].filter((t) => b.has(t)).length;
}

/** Whether two figures sit among the same words: what they count is told alike. */
const sameSurroundings = (textA: string, x: NumberMention, textB: string, y: NumberMention): boolean =>
  sharedAround(textA, x, textB, y) >= SHARED_AROUND;

/** Two figures of one unit that can both be true of one thing. */
const sameCount = (x: NumberMention, y: NumberMention): boolean => Boolean(x.unit && y.unit) && stem(x.unit!) === stem(y.unit!) && compatible(x, y);

/** Whether both sentences list several figures of a unit, one of them alike: figures for several subjects, paired by guess. */
function bothList(xs: NumberMention[], ys: NumberMention[], unit: string): boolean {
  const [ofA, ofB] = [xs, ys].map((l) => l.filter((n) => n.unit && stem(n.unit) === stem(unit)));
  return ofA!.length > 1 && ofB!.length > 1 && ofA!.some((x) => ofB!.some((y) => sameCount(x, y)));
}

/** Figures for the same thing in closely matching sentences that cannot both be true. */
export function numberDiscrepancies(cmp: Comparison): Finding[] {
  const mentions = new Map<Sentence, NumberMention[]>();
  const numbersOf = (s: Sentence) => mentions.get(s) ?? mentions.set(s, findNumbers(s.text)).get(s)!;
  const found = new Map<string, Finding>();
  for (const [a, b] of cmp.candidatePairs(2)) {
    const similarity = cmp.similarity(a, b);
    if (similarity < MIN_LOCAL_SIMILARITY) continue;
    for (const x of numbersOf(a)) {
      for (const y of numbersOf(b)) {
        if (!x.unit || stem(x.unit) !== stem(y.unit) || compatible(x, y)) continue;
        if (similarity < MIN_CONTEXT_SIMILARITY && sharedAround(a.text, x, b.text, y) < SAME_COUNT_AROUND) continue;
        // Each sentence also gives the other's figure: they list the same figures for several
        // subjects ("Romney 21 percent, Trump 17 percent" / "Trump 17 percent, Romney 21 percent").
        if (numbersOf(a).some((z) => sameCount(z, y)) && numbersOf(b).some((z) => sameCount(z, x))) continue;
        const key = `${stem(x.unit)}|${[a.sourceId, b.sourceId].sort().join()}`;
        if (found.has(key)) continue;
        found.set(key, {
          kind: 'number',
          form: 'figures',
          subject: x.unit,
          values: [
            { sourceId: a.sourceId, value: x.text },
            { sourceId: b.sourceId, value: y.text },
          ],
          ...newer(cmp, a.sourceId, b.sourceId),
          // Figures that cannot both be true count the same thing: the words around them say so
          // ("12 people were killed" / "15 people were killed"); "21 percent of Republicans" and
          // "17 percent (Romney …)" may be shares of different things. Two sentences that each list
          // several figures of one unit and agree on one tell one table of several subjects ("Trump
          // (20 percent), followed by Romney (17 percent)"): which of the others go together is a guess.
          confidence: sameSurroundings(a.text, x, b.text, y) && !bothList(numbersOf(a), numbersOf(b), x.unit) ? 0.7 : 0.5,
          evidence: [
            { sourceId: a.sourceId, quote: a.text },
            { sourceId: b.sourceId, quote: b.text },
          ],
        });
      }
    }
  }
  return [...found.values()];
}
