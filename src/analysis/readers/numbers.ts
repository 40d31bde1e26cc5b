/**
 * Numbers as news writes them: "1,200", "$1.2bn", "3.5 million", "a dozen", "twelve", "twenty-five",
 * "three hundred", "half a million", "more than 40".
 */

export type Bound = 'exact' | 'atLeast' | 'atMost' | 'about';

export interface NumberMention {
  /** The words as written, e.g. "more than 40 people". */
  text: string;
  value: number;
  bound: Bound;
  /** Stem of the thing counted ("people", "percent", "usd"), used to align mentions across sources. */
  unit: string;
  index: number;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, hundred: 100, dozen: 12,
};
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** Up to ninety-nine in words: "seven", "fifteen", "twenty-five", "twenty five". */
const UP_TO_99 = `(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|${UNITS})`;
/**
 * A number in words, read whole: "twenty-five", "three hundred", "two hundred and fifty", "a dozen",
 * "a hundred"; "a" and "half a" count only before "hundred" or a scale word ("half a million").
 */
const IN_WORDS = `a dozen|dozen|(?:(?:half an?|a half|an?)(?= (?:hundred|thousand|million|billion|trillion)\\b)|${UP_TO_99})(?: hundred(?:(?: and)? ${UP_TO_99})?)?|hundred`;

/** The value of a number in words: "twenty-five" 25, "two hundred and fifty" 250, "half a" 0.5. */
function wordValue(words: string): number {
  const w = words.toLowerCase();
  if (/^(?:half an?|a half)$/.test(w)) return 0.5;
  if (/^an?$/.test(w)) return 1;
  if (/^(?:a )?dozen$/.test(w)) return 12;
  let value = 0;
  for (const part of w.split(/[\s-]+/)) {
    if (part === 'and' || part === 'a') continue;
    if (part === 'hundred') value = (value || 1) * 100;
    else value += WORD_NUMBERS[part] ?? NaN;
  }
  return value;
}
const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
const CURRENCY: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy' };

const QUALIFIER =
  /(more than|over|at least|no fewer than|upwards of|as many as|up to|at most|fewer than|less than|under|nearly|almost|about|around|roughly|approximately|some|an estimated)\s*$/i;

const NUMBER_RE = new RegExp(
  String.raw`([$€£¥])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|` + IN_WORDS +
    // "35-word oath", "a 10-day trip": the unit is glued on with a hyphen, and counts like one after a space.
    String.raw`)(?:\s?(thousand|million|billion|trillion|bn|mn|tn|k|m|b)\b)?(?:\s?(%|percent|per cent))?(?:(?:\s+|(?<=\d)-)([\p{L}-]+))?`,
  'giu',
);

export function findNumbers(sentence: string): NumberMention[] {
  const out: NumberMention[] = [];
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RE.exec(sentence)) !== null) {
    const [whole, currency, num, scale, percent, next] = m;
    // Word numbers only count as numbers when they stand alone ("twelve" but not "someone").
    // The match may start with the space before the number: the boundary is checked on the number itself.
    const lead = whole.length - whole.trimStart().length;
    if (!/\d/.test(num!) && !isWordBoundary(sentence, m.index + lead, whole.length - lead)) continue;
    // Digits glued to a name are part of it, not a count: "COVID-19", "SARS-CoV-2", "mRNA-1345", "A380".
    if (/\d/.test(num!) && !currency && isPartOfName(sentence, m.index + lead)) continue;
    if (/^(19|20)\d{2}$/.test(num!) && !currency && !scale && !percent) continue; // a year, not a count
    // "12:30 p.m.", "at 9:00": a time of day, not two counts.
    if (/\d/.test(num!) && isClockTime(sentence, m.index + lead, num!.length)) continue;
    // "a 5-4 vote", "won 396-9": the second figure of a tally does not count the word after it.
    if (/\d/.test(num!) && /\d[-–]$/.test(sentence.slice(Math.max(0, m.index + lead - 2), m.index + lead))) continue;
    // "No. 2", "number 3": a rank or a label, not a count of anything.
    if (/\b(?:no\.|nos\.|number)\s*$/i.test(sentence.slice(Math.max(0, m.index + lead - 8), m.index + lead))) continue;
    // "1st", "22nd": an ordinal, read as such by those who need it, not the count 1.
    if (/^\d+$/.test(num!) && /^(?:st|nd|rd|th)\b/i.test(sentence.slice(m.index + lead + num!.length))) continue;
    const base = /\d/.test(num!) ? Number(num!.replace(/,/g, '')) : wordValue(num!);
    if (base === undefined || Number.isNaN(base)) continue;
    const value = base * (scale ? SCALE[scale.toLowerCase()] ?? 1 : 1);
    const unit = currency ? CURRENCY[currency]! : percent ? 'percent' : (next ?? '').toLowerCase();
    const qualifier = QUALIFIER.exec(sentence.slice(Math.max(0, m.index - 25), m.index))?.[1]?.toLowerCase();
    out.push({ text: (qualifier ? qualifier + ' ' : '') + whole.trim(), value, bound: boundOf(qualifier), unit, index: m.index });
  }
  return out;
}

function isClockTime(text: string, start: number, length: number): boolean {
  return /\d:$/.test(text.slice(Math.max(0, start - 2), start)) || /^:\d\d/.test(text.slice(start + length));
}

function isPartOfName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  return /\p{L}$/u.test(before) || /\p{L}-$/u.test(before);
}

function isWordBoundary(text: string, start: number, length: number): boolean {
  const before = text[start - 1];
  const after = text[start + length];
  return (!before || !/\p{L}/u.test(before)) && (!after || !/\p{L}/u.test(after));
}

function boundOf(qualifier: string | undefined): Bound {
  if (!qualifier) return 'exact';
  if (/more than|over|at least|no fewer|upwards/.test(qualifier)) return 'atLeast';
  if (/as many as|up to|at most|fewer than|less than|under/.test(qualifier)) return 'atMost';
  return 'about';
}

/** Whether two stated figures can both be true: "more than 40" and "41" can, "12" and "15" cannot. */
export function compatible(a: NumberMention, b: NumberMention): boolean {
  const within = (x: number, y: number, tolerance: number) => Math.abs(x - y) <= tolerance * Math.max(x, y);
  if (a.bound === 'exact' && b.bound === 'exact') return a.value === b.value;
  if (a.bound === 'about' || b.bound === 'about') return within(a.value, b.value, 0.1);
  const fits = (bounded: NumberMention, other: NumberMention) =>
    bounded.bound === 'atLeast' ? other.value >= bounded.value : other.value <= bounded.value;
  if (a.bound !== 'exact' && b.bound !== 'exact') return a.bound === b.bound || fits(a, b) || fits(b, a);
  return a.bound === 'exact' ? fits(b, a) : fits(a, b);
}
