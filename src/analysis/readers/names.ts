/** Names in a sentence, and whether a text mentions a name in one of its forms. Pure. */
import { CALENDAR_WORDS } from '../lexicon/calendar.js';
import { COUNTRY_ALIASES } from '../lexicon/country-aliases.js';
import { isStopword } from '../lexicon/stopwords.js';
import { findNumbers } from './numbers.js';
import type { Vocabulary } from './vocabulary.js';
import { bareWord as norm, sharesRoot, stem, TOKEN } from '../text.js';

/** Runs of capitalised words that are not sentence-initial function words: a cheap named-entity pass. */
export function properNames(sentence: string): string[] {
  const names: string[] = [];
  // Digits belong to a name they are glued to: "COVID-19", "SARS-CoV-2", "G7".
  const re = /\b(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:of|the|de|al|bin|van|von|du|la|y)?\s*\p{Lu}[\p{L}\p{N}'’.-]*)*)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    const name = m[1]!.replace(/[.’'-]+$/u, '').trim();
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (name.split(/\s+/).length === 1 && isStopword(first)) continue;
    if (name.length < 2) continue;
    names.push(name);
  }
  return names;
}

/**
 * A capitalised word that is not a common word or a date: "Moscow", "SARS-CoV-2", "U.S.". Days and
 * months are capitalised but are dates: the dates detector reads them against publication dates.
 */
export const isName = (w: string): boolean => /^\p{Lu}/u.test(w) && !isStopword(w.toLowerCase()) && !CALENDAR_WORDS.has(w.toLowerCase()) && w.length > 1;

// A capitalised word here starts a clause, not a name: "Culkin dead: Actor is victim…", "— Missing US…".
const CLAUSE_START = /(?:^|[:;!?—–]|\s-|["“‘'(])\s*$/u;
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/**
 * The names a statement gives that `vocab` never mentions. Not names: a capitalised word opening a
 * clause, a number word ("FIVE years"), a regnal numeral ("Abdullah II"), and the middle of a full
 * name whose first and last parts are mentioned ("James Wright Foley" against "James Foley").
 */
export function namesIn(text: string, vocab: Vocabulary): string[] {
  const found = [...text.matchAll(TOKEN)].map((m) => ({ w: m[0], at: m.index }));
  // Two tokens with only spaces between them: parts of one name, not "Foley, Wright".
  const adjacent = (x: { w: string; at: number }, y: { w: string; at: number }) => /^\s+$/.test(text.slice(x.at + x.w.length, y.at));
  const out: string[] = [];
  for (const [i, token] of found.entries()) {
    const { w, at } = token;
    if (i === 0 || !isName(w) || CLAUSE_START.test(text.slice(Math.max(0, at - 3), at))) continue;
    if (ROMAN.test(w) || findNumbers(w.toLowerCase()).length > 0 || mentions(vocab, w)) continue;
    const [prev, next] = [found[i - 1]!, found[i + 1]];
    const middle = next && adjacent(prev, token) && adjacent(token, next) && [prev, next].every((x) => isName(x.w) && mentions(vocab, x.w));
    if (!middle) out.push(w);
  }
  return out;
}

function mentions(vocab: Vocabulary, word: string): boolean {
  const n = norm(word);
  if (vocab.words.has(n) || vocab.words.has(stem(n))) return true;
  // "Russia-backed" is mentioned when "Russia" is; "SARS-CoV-4" only as itself.
  if (!/\d/.test(n) && n.includes('-') && n.split('-').every((p) => p.length > 0 && mentions(vocab, p))) return true;
  if (COUNTRY_ALIASES.get(n)?.some((a) => vocab.words.has(a))) return true;
  // A place and its people share a stem: "Somalia"/"Somali", "Canada"/"Canadian", "Nicaragua"/"Nicaraguan".
  // Not a name with digits: "SARS-CoV-4" is another virus than "SARS-CoV-2".
  return vocab.roots.hasRootOf(n);
}

/** One name in two forms: "U.S."/"American", "Syria"/"Syrian" (both lowercased, dots removed). */
export function sameName(a: string, b: string): boolean {
  return stem(a) === stem(b) || (COUNTRY_ALIASES.get(a)?.includes(b) ?? false) || (!/\d/.test(a + b) && (sharesRoot(a, b) || spellingVariants(a, b)));
}

/** Without accents and an Arabic article: "Calderón" is "calderon", "al-Qaddafi" is "qaddafi". */
const folded = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^(?:al|el)-/, '');
const VOWEL = /[aeiouy]/;

/**
 * One name transliterated or accented two ways: "Calderón"/"Calderon", "Muammar"/"Moammar",
 * "Qaddafi"/"Gadhafi". Short names must differ in a vowel at most ("Kerry" and "Perry" are two people);
 * names of seven letters or more may differ in two letters.
 */
export function spellingVariants(a: string, b: string): boolean {
  const [x, y] = [folded(a), folded(b)];
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 5) return false;
  const diff = edits(x, y);
  if (Math.min(x.length, y.length) >= 7) return diff.length <= 2;
  return diff.length === 1 && diff.every(([p, q]) => VOWEL.test(p) && VOWEL.test(q));
}

/** The letter substitutions (pairs) and insertions or deletions (a letter against "") that turn one word into the other, by edit distance. */
function edits(x: string, y: string): Array<[string, string]> {
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) for (let j = 1; j <= y.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
  const out: Array<[string, string]> = [];
  for (let i = x.length, j = y.length; i > 0 || j > 0; ) {
    if (i > 0 && j > 0 && d[i]![j] === d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)) {
      if (x[i - 1] !== y[j - 1]) out.push([x[i - 1]!, y[j - 1]!]);
      (i--, j--);
    } else if (i > 0 && d[i]![j] === d[i - 1]![j]! + 1) (out.push([x[i - 1]!, '']), i--);
    else (out.push(['', y[j - 1]!]), j--);
  }
  return out;
}
