/**
 * Word alignment of two sentences that tell the same fact: the words they share in order (a longest
 * common subsequence of stems), and the places where they differ. A difference between two shared
 * anchors is a *slot*: "arrested on fraud charges as part of a scheme to [prop up | sink] the company".
 * Pure; the cost is the product of the two sentence lengths, and sentences are capped.
 */
import { stem, tokens } from '../text.js';

export interface Slot {
  /** The words one sentence has here, as written. */
  a: string[];
  /** The words the other has in the same place. */
  b: string[];
  /** A few shared words either side, to show where the slot is, as the first sentence writes them. */
  before: string[];
  after: string[];
  /** The same shared words as the other sentence writes them ("agree" where the first says "agreed"). */
  beforeB: string[];
  afterB: string[];
}

export interface Alignment {
  /** Share of the shorter sentence's words that the other sentence has in the same order. */
  coverage: number;
  slots: Slot[];
}

/** Longer sentences are cut: a 60-word sentence is rare in news and the table stays small. */
const MAX_WORDS = 80;

/**
 * Words as written. Dotted abbreviations ("U.S.", "U.K.'s") stay one word, and figures keep their
 * currency, decimals and percent sign ("$1.2bn", "6%"), so a slot holding a figure can be read as one.
 */

const key = (w: string) => stem(w.toLowerCase().replace(/[’']s$/u, '').replace(/^((?:\p{L}\.)+)$/u, (m) => m.replace(/\./g, '')));

export function align(textA: string, textB: string): Alignment {
  const a = tokens(textA).slice(0, MAX_WORDS);
  const b = tokens(textB).slice(0, MAX_WORDS);
  const ka = a.map(key);
  const kb = b.map(key);
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = ka[i] === kb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const slots: Slot[] = [];
  const shared: string[] = [];
  const sharedB: string[] = [];
  let [i, j] = [0, 0];
  let pending: Slot | null = null;
  let last: Slot | null = null;
  while (i < n || j < m) {
    if (i < n && j < m && ka[i] === kb[j]) {
      if (pending) {
        pending.before = shared.slice(-3);
        pending.beforeB = sharedB.slice(-3);
        slots.push((last = pending));
        pending = null;
      }
      if (last && last.after.length < 3) {
        last.after.push(a[i]!);
        last.afterB.push(b[j]!);
      }
      shared.push(a[i]!);
      sharedB.push(b[j]!);
      i++;
      j++;
      continue;
    }
    pending ??= { a: [], b: [], before: [], after: [], beforeB: [], afterB: [] };
    if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) pending.a.push(a[i++]!);
    else pending.b.push(b[j++]!);
  }
  if (pending) slots.push({ ...(pending as Slot), before: shared.slice(-3), beforeB: sharedB.slice(-3) });
  const shorter = Math.min(n, m);
  return { coverage: shorter ? lcs[0]![0]! / shorter : 0, slots };
}
