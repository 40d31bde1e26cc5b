/**
 * Whether one sentence is borne out by the sentences that tell the same fact elsewhere. Two tests:
 * - slots: where two aligned sentences differ, the words in that place must not exclude each other (a
 *   different figure, a different name, an opposite, a negation one side adds);
 * - specifics: a short statement (a headline, a one-line claim) may not bring figures or names the
 *   other text never gives.
 * Pure: text in, findings out.
 */
import { excludes } from '../lexicon/opposites.js';
import { isNegation } from '../lexicon/negation.js';
import { differ, figuresIn, kindOf } from '../readers/figures.js';
import { isName, namesIn, sameName } from '../readers/names.js';
import type { Vocabulary } from '../readers/vocabulary.js';
import { bareWord as norm } from '../text.js';
import { align, type Slot } from './align.js';

export type ConflictKind = 'number' | 'name' | 'claim';

export interface Conflict {
  kind: ConflictKind;
  /** What the checked sentence says here, as written. */
  ours: string;
  /** What the other text says in the same place, when it says something there. */
  theirs?: string;
  /** Which of the supporting sentences differs (its index), when the conflict is in a slot. */
  support?: number;
  /**
   * A figure the other text never gives, when it gives no figure of that kind either ("five days"
   * where it counts no days): a fact it leaves out rather than one it tells otherwise.
   */
  unmatched?: boolean;
}

/** A slot wider than this is a clause one side adds, not one fact worded two ways. */
const MAX_SLOT_WORDS = 4;

/** Below this share of its words found in order in the other sentence, a sentence is not the same fact retold. */
export const MIN_COVERAGE = 0.5;

/**
 * Where a sentence and the sentences that retell its fact differ in a way that cannot both be true.
 * With `other` (the vocabulary of the whole text the sentence is checked against), a short statement
 * is also held to its specifics: a figure the text never gives, a name it never mentions (aliases of a
 * country and a place's demonym count as mentions).
 */
export function checkSentence(ours: string, supports: readonly string[], options: { other?: Vocabulary; names?: boolean } = {}): Conflict[] {
  const { other, names = true } = options;
  const out: Conflict[] = [];
  for (const [index, support] of supports.entries()) {
    const alignment = align(ours, support);
    if (alignment.coverage < MIN_COVERAGE) continue;
    for (const slot of alignment.slots) {
      // A slot at either end is where the sentences stop overlapping, not one fact told two ways.
      if (slot.before.length === 0 || slot.after.length === 0) continue;
      const conflict = slotConflict(slot, names);
      if (conflict) out.push({ ...conflict, support: index });
    }
  }
  if (other) {
    for (const f of figuresIn(ours)) {
      if ((f.kind === 'ordinal' ? other.ordinals : other.values).has(f.value)) continue;
      out.push({ kind: 'number', ours: f.text, ...(other.kinds.has(kindOf(f)) ? {} : { unmatched: true }) });
    }
    for (const w of names ? namesIn(ours, other) : []) out.push({ kind: 'name', ours: w });
  }
  return out;
}


function slotConflict(slot: Slot, names: boolean): Conflict | null {
  const [a, b] = [slot.a, slot.b];
  // Each side is shown with a shared word or two around it, in its own sentence's words, so a reader
  // sees where it sits and every quoted phrase is one the source wrote.
  const phrase = (words: string[], before: string[], after: string[]) => [...before.slice(-2), ...words, ...after.slice(0, 2)].join(' ');
  const [ours, theirs] = [phrase(a, slot.before, slot.after), phrase(b, slot.beforeB, slot.afterB)];
  // One side adds a negation to the shared words: "was [not] known as".
  const negA = a.some(isNegation);
  const negB = b.some(isNegation);
  if (a.length > MAX_SLOT_WORDS || b.length > MAX_SLOT_WORDS) return null;
  // The other side may reword a little ("has pled [not]" / "pleaded"), not carry a clause of its own.
  if (negA !== negB && (negA ? b : a).length <= 2) {
    return { kind: 'claim', ours, theirs };
  }
  if (a.length === 0 || b.length === 0) return null;
  if (differ(figuresIn(a.join(' ')), figuresIn(b.join(' ')))) return { kind: 'number', ours, theirs };
  // Compounds are compared part by part: "one-[month]" against "one-[year]".
  const [pa, pb] = [a.flatMap((w) => w.split('-')), b.flatMap((w) => w.split('-'))];
  if (pa.some((x) => !pb.includes(x) && pb.some((y) => !pa.includes(y) && excludes(x, y)))) return { kind: 'claim', ours, theirs };
  // Two different names in one place: "the [U.S.]'s invasion" against "[Russia]'s invasion". Not in
  // Title Case, where "Rapper" and "Girls" are capitalised too; "U.S." and "American" are one name.
  if (!names) return null;
  const namesA = a.filter(isName).map(norm);
  const namesB = b.filter(isName).map(norm);
  // Given names or titles before one surname ("Michael Thibodeau" / "Senate President Mike Thibodeau") are one person.
  const surnameFollows = slot.after[0] !== undefined && isName(slot.after[0]);
  if (namesA.length && namesB.length && !surnameFollows && !namesA.some((x) => namesB.some((y) => sameName(x, y)))) return { kind: 'name', ours, theirs };
  return null;
}
