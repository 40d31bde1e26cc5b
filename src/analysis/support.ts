/**
 * Whether one sentence is borne out by the sentences that tell the same fact elsewhere. Two tests:
 * - slots: where two aligned sentences differ, the words in that place must not exclude each other (a
 *   different figure, a different name, an opposite, a negation one side adds);
 * - specifics: a short statement (a headline, a one-line claim) may not bring figures or names the
 *   other text never gives.
 * Pure: text in, findings out.
 */
import { align, TOKEN, tokens, type Slot } from './align.js';
import { CALENDAR_WORDS } from './dates.js';
import { excludes } from './lexicon.js';
import { findNumbers } from './numbers.js';
import { isStopword, RootedWords, sharesRoot, stem, words } from './text.js';

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

/** What a text mentions at all: its words (lowercased, stemmed) and the figures it gives. */
export interface Vocabulary {
  words: Set<string>;
  /** The same words, to find a demonym's country ("Somali" where the text says "Somalia"). */
  roots: RootedWords;
  values: Set<number>;
  /** What its figures measure ("usd", "year", "count:day"). */
  kinds: Set<string>;
  /** Ordinals apart: "third quarter" is not borne out by "three products". */
  ordinals: Set<number>;
}

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'neither', 'nor', 'nothing', 'nobody', 'without', 'cannot']);
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
/** A slot wider than this is a clause one side adds, not one fact worded two ways. */
const MAX_SLOT_WORDS = 4;

const norm = (w: string) => w.toLowerCase().replace(/[’']s$/u, '').replace(/[.’']/gu, '');
const isNegation = (w: string) => NEGATIONS.has(w.toLowerCase()) || /n['’]t$/iu.test(w);
/**
 * A capitalised word that is not a common word or a date: "Moscow", "SARS-CoV-2", "U.S.". Days and
 * months are capitalised but are dates: the dates detector reads them against publication dates.
 */
const isName = (w: string) => /^\p{Lu}/u.test(w) && !isStopword(w.toLowerCase()) && !CALENDAR_WORDS.has(w.toLowerCase()) && w.length > 1;

export function vocabulary(text: string): Vocabulary {
  const figures = figuresIn(text);
  const words = new Set<string>();
  for (const w of tokens(text)) {
    const n = norm(w);
    words.add(n).add(stem(n));
    // "one-year", "Russia-backed": each part counts as mentioned.
    for (const part of n.split('-')) words.add(part).add(stem(part));
  }
  return {
    words,
    roots: new RootedWords(words),
    values: new Set(figures.map((f) => f.value)),
    kinds: new Set(figures.map(kindOf)),
    ordinals: new Set(figures.filter((f) => f.kind === 'ordinal').map((f) => f.value)),
  };
}

interface Figure {
  /** "percent", "usd"…, "year", "ordinal" or "count": "$5bn" is never weighed against "70%". */
  kind: string;
  value: number;
  text: string;
  /** For a count, the stem of what is counted: "day" in "five days". */
  unit?: string;
}

/** What a figure measures: its kind, and for a count what it counts ("count:day"). */
const kindOf = (f: Figure) => (f.kind === 'count' ? `count:${f.unit ?? ''}` : f.kind);

/** Figures a text gives: counts, amounts, years, ordinals ("fourth quarter"), word numbers in compounds ("one-year"). */
function figuresIn(raw: string): Figure[] {
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
function differ(a: Figure[], b: Figure[]): boolean {
  return a.some((x) => b.some((y) => y.kind === x.kind) && !b.some((y) => y.kind === x.kind && y.value === x.value));
}

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

// A capitalised word here starts a clause, not a name: "Culkin dead: Actor is victim…", "— Missing US…".
const CLAUSE_START = /(?:^|[:;!?—–]|\s-|["“‘'(])\s*$/u;
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/**
 * The names a statement gives that `vocab` never mentions. Not names: a capitalised word opening a
 * clause, a number word ("FIVE years"), a regnal numeral ("Abdullah II"), and the middle of a full
 * name whose first and last parts are mentioned ("James Wright Foley" against "James Foley").
 */
function namesIn(text: string, vocab: Vocabulary): string[] {
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
  if (ALIASES.get(n)?.some((a) => vocab.words.has(a))) return true;
  // A place and its people share a stem: "Somalia"/"Somali", "Canada"/"Canadian", "Nicaragua"/"Nicaraguan".
  // Not a name with digits: "SARS-CoV-4" is another virus than "SARS-CoV-2".
  return vocab.roots.hasRootOf(n);
}

/** One name in two forms: "U.S."/"American", "Syria"/"Syrian" (both lowercased, dots removed). */
function sameName(a: string, b: string): boolean {
  return stem(a) === stem(b) || (ALIASES.get(a)?.includes(b) ?? false) || (!/\d/.test(a + b) && sharesRoot(a, b));
}

// Names news uses interchangeably for one country, and demonyms that do not share their country's
// stem. Matched lowercased, dots removed; a two-word name is looked up by its last word.
const ALIASES = new Map<string, string[]>();
for (const group of [
  'us usa america american americans united-states states washington',
  'uk britain british briton england english united-kingdom',
  'uae emirates emirati', 'un united-nations', 'eu european union brussels',
  'norway norwegian', 'france french', 'spain spanish', 'netherlands dutch holland', 'germany german',
  'greece greek', 'sweden swedish swede', 'denmark danish dane', 'finland finnish finn', 'poland polish pole',
  'turkey turkish turk', 'switzerland swiss', 'ireland irish', 'scotland scottish scot', 'wales welsh',
  'china chinese', 'japan japanese', 'vietnam vietnamese', 'portugal portuguese', 'philippines filipino',
  'thailand thai', 'iraq iraqi', 'israel israeli', 'pakistan pakistani', 'yemen yemeni', 'kuwait kuwaiti',
  'bangladesh bangladeshi', 'saudi arabia arabian', 'new-zealand zealander kiwi', 'australia australian aussie',
  'isis isil daesh',
]) {
  const names = group.split(' ').map((w) => w.split('-').pop()!);
  for (const name of group.split(' ')) ALIASES.set(name.replace('-', ''), names);
}

function slotConflict(slot: Slot, names: boolean): Conflict | null {
  const [a, b] = [slot.a, slot.b];
  // Each side is shown with a shared word or two around it, so a reader sees where it sits.
  const phrase = (words: string[]) => [...slot.before.slice(-2), ...words, ...slot.after.slice(0, 2)].join(' ');
  const [ours, theirs] = [phrase(a), phrase(b)];
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
  if (namesA.length && namesB.length && !namesA.some((x) => namesB.some((y) => sameName(x, y)))) return { kind: 'name', ours, theirs };
  return null;
}

// How a report says that a claim is untrue: the claim's own words are then reported, not asserted.
const DISPUTE =
  /\b(hoax(?:es)?|fake[ds]?|false(?:ly)?|untrue|not true|debunk(?:ed|s|ing)?|denie[sd]|rumou?r(?:s|ed)?|fabricat(?:ed|ion)|satir(?:e|ical)|no evidence|misleading|bogus|myth|incorrect|inaccurate|exaggerated|sh(?:oo|o)t(?:s|ing)? down|parody|made[- ]up|never happened|not real|refute[sd]?|baseless|unfounded|unsubstantiated|doctored|photoshopped|spoof|contrary to|s[ck]eptic(?:al|ism)|(?:cast(?:s|ing)?|rais(?:e|es|ed|ing)) doubts?|doubts? (?:cast|raised|over|about)|staged|question(?:s|ed|ing)? whether|scam(?:med|s)?)\b/i;

/** Whether a sentence calls something false, a hoax, a rumour, or denies it. */
export function disputes(text: string): boolean {
  // A rumour that is then confirmed is no longer disputed ("After being rumored for months, the laptop
  // has been confirmed").
  const m = DISPUTE.exec(text);
  if (!m) return false;
  const onlyRumour = /^rumou?r/i.test(m[1]!) && !DISPUTE.test(text.slice(m.index + m[0].length));
  return !(onlyRumour && /\bconfirm(?:s|ed)?\b/i.test(text) && !negates(text));
}

/**
 * Whether a statement asserts something a report could call false. One that denies ("Banksy has not
 * been arrested"), asks ("Axl Rose dead?") or itself calls a story a hoax asserts nothing of the kind:
 * a report that calls the story false agrees with it.
 */
export function assertsPlainly(text: string): boolean {
  return !disputes(text) && !text.includes('?') && !negates(text);
}

/** Whether a sentence has a negation: "not", "no", "never", "didn't"… */
export function negates(text: string): boolean {
  return words(text).some(isNegation);
}
