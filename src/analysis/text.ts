/** Text primitives shared by every analysis step: whitespace, words, stems. Pure. */
import { IRREGULAR } from './lexicon/irregular-verbs.js';
import { isStopword } from './lexicon/stopwords.js';

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

/** Words as they appear (letters, digits, inner apostrophes and hyphens). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * A light suffix stemmer: enough to match "agreed"/"agree", "strikes"/"strike", "talks"/"talk".
 * Deliberately conservative: a wrong merge creates false agreements, a missed one only lowers recall.
 */
export function stem(word: string): string {
  const known = STEMS.get(word);
  if (known !== undefined) return known;
  // Bounded: a long-running worker reads many articles; a language's words come back, rare ones need not stay.
  if (STEMS.size >= STEMS_KEPT) STEMS.clear();
  const found = stemOf(word);
  STEMS.set(word, found);
  return found;
}

/** Stems already worked out: every sentence of every source is stemmed, mostly of the same few thousand words. */
const STEMS = new Map<string, string>();
const STEMS_KEPT = 100_000;

function stemOf(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '');
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  // Demonyms match their country: "Syrian" ~ "Syria", "Korean" ~ "Korea".
  if (w.length > 5 && (w.endsWith('ian') || w.endsWith('ean'))) return w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ians')) return w.slice(0, -2);
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([bdgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/**
 * Whether two words (lowercased) are one root in two forms: "Somali"/"Somalia", "Canada"/"Canadian",
 * "meteor"/"meteorite". They agree on all of the shorter one but for its last letter, and on at least
 * four letters: not "Austria"/"Australia".
 */
export function sharesRoot(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= Math.min(a.length, b.length) - 1 && i >= 4;
}

/**
 * A set of words in which a word is also found in another form of its root ("Nicaraguan" where the set
 * has "Nicaragua"). Words of five letters or more are indexed by their first five, so a root is looked
 * up among a few words, not all of them.
 */
export class RootedWords {
  private readonly byPrefix = new Map<string, string[]>();

  constructor(readonly words: ReadonlySet<string>) {
    for (const w of words) {
      if (w.length < 5) continue;
      const key = w.slice(0, 5);
      (this.byPrefix.get(key) ?? this.byPrefix.set(key, []).get(key)!).push(w);
    }
  }

  /** Whether the set has `word` itself or another form of its root; with digits only itself ("SARS-CoV-4" is not a form of "SARS-CoV-2"). */
  hasRootOf(word: string): boolean {
    if (this.words.has(word)) return true;
    return word.length >= 5 && !/\d/.test(word) && (this.byPrefix.get(word.slice(0, 5))?.some((w) => sharesRoot(w, word)) ?? false);
  }
}

/** Content stems of a text: lowercased, stopwords and one-letter tokens removed, stemmed. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const lower = w.toLowerCase();
    if (lower.length < 2 || isStopword(lower) || /^\d+$/.test(lower)) continue;
    out.push(stem(lower.replace(/-/g, '')));
  }
  return out;
}

/** "S1", "S1 and S2", "S1, S2 and S3". */
export function list(ids: readonly string[]): string {
  if (ids.length <= 1) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}

/** Words, figures ("$1.2bn", "40%") and dotted abbreviations ("U.S.") as aligned units. */
export const TOKEN = /(?:\p{L}\.){2,}(?:['’]s\b)?|[$€£¥]?\p{N}+(?:[.,]\p{N}+)*(?:\p{L}+)?%?|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** A word as a reader matches it: lowercased, without a possessive "'s", dots or apostrophes ("U.S." is "us"). */
export const bareWord = (w: string): string => w.toLowerCase().replace(/[’']s$/u, '').replace(/[.’']/gu, '');
