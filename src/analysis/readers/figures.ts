/** Figures a text gives and what they measure: counts, amounts, percentages, years, ordinals. Pure. */
import { ORDINALS } from '../lexicon/ordinals.js';
import { findNumbers } from './numbers.js';
import { stem, words } from '../text.js';

export interface Figure {
  /** "percent", "usd"…, "year", "ordinal" or "count": "$5bn" is never weighed against "70%". */
  kind: string;
  value: number;
  text: string;
  /** For a count, the stem of what is counted: "day" in "five days". */
  unit?: string;
}

/** What a figure measures: its kind, and for a count what it counts ("count:day"). */
export const kindOf = (f: Figure) => (f.kind === 'count' ? `count:${f.unit ?? ''}` : f.kind);

/** Figures a text gives: counts, amounts, years, ordinals ("fourth quarter"), word numbers in compounds ("one-year"). */
export function figuresIn(raw: string): Figure[] {
  // A link's digits are not figures the text gives.
  const text = raw.replace(/\bhttps?:\/\/\S+|\bwww\.\S+/g, ' ');
  // "one-year" reads as "one year"; a hyphen before digits stays, so "SARS-CoV-2" is not the count 2.
  const out: Figure[] = findNumbers(text.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')).map((n) =>
    n.unit === 'percent' || CURRENCIES.has(n.unit)
      ? { kind: n.unit, value: n.value, text: n.text }
      : { kind: 'count', value: n.value, text: n.text, unit: stem(n.unit) },
  );
  for (const w of words(text)) {
    for (const part of w.toLowerCase().split('-')) {
      if (/^(1[89]|20)\d\d$/.test(part)) out.push({ kind: 'year', value: Number(part), text: part });
      const ordinal = ORDINALS[part] ?? (/^\d+(st|nd|rd|th)$/.test(part) ? parseInt(part, 10) : undefined);
      if (ordinal) out.push({ kind: 'ordinal', value: ordinal, text: part });
    }
  }
  return out;
}
const CURRENCIES = new Set(['usd', 'eur', 'gbp', 'jpy']);

/** Two sets of figures that share a kind but not a value. */
export function differ(a: Figure[], b: Figure[]): boolean {
  return a.some((x) => b.some((y) => y.kind === x.kind) && !b.some((y) => y.kind === x.kind && y.value === x.value));
}
