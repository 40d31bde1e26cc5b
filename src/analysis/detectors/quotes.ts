import { isStopword } from '../lexicon/stopwords.js';
import { findNumbers } from '../readers/numbers.js';
import { TITLES } from '../lexicon/titles.js';
import type { Finding } from './finding.js';
import type { Comparison } from '../context.js';
import { findQuotes, quoteOverlap, type QuoteMention } from '../readers/quotes.js';

const SAME_QUOTE_OVERLAP = 0.6;
/** Quotes sharing this much are surely one utterance, told twice. */
const SURE_OVERLAP = 0.75;
/** Words used by more quotes than this are too common to pair quotes on. */
const MAX_POSTINGS = 200;

/**
 * One speaker's words quoted differently, or the same words given to two people. Sure only when both
 * sources name the speaker: a quote whose speaker one source leaves unsaid may be someone else's words
 * on another point. Different words of one speaker are a conflict only when the quotes overlap and a
 * content word differs, not punctuation, case or an apostrophe.
 */
export function quoteDiscrepancies(cmp: Comparison): Finding[] {
  const out: Finding[] = [];
  for (const [a, b] of quotePairs(cmp)) {
    const overlap = quoteOverlap(a.q, b.q);
    if (overlap < SAME_QUOTE_OVERLAP) continue;
    const evidence = [
      { sourceId: a.id, quote: a.q.context },
      { sourceId: b.id, quote: b.q.context },
    ];
    if (a.q.speaker && b.q.speaker && a.q.speaker !== b.q.speaker) {
      const values = [
        { sourceId: a.id, value: a.q.speakerText! },
        { sourceId: b.id, value: b.q.speakerText! },
      ];
      const named = [a.q, b.q].every((q) => isPersonName(q.speakerText!)) && overlap >= SURE_OVERLAP;
      out.push({ kind: 'name', form: 'speaker', subject: 'speaker', values, evidence, confidence: named ? 0.6 : 0.3 });
    } else if (!sameWording(a.q, b.q)) {
      const subject = a.q.speakerText ?? b.q.speakerText;
      const values = [
        { sourceId: a.id, value: a.q.text },
        { sourceId: b.id, value: b.q.text },
      ];
      const sure = a.q.speaker !== undefined && a.q.speaker === b.q.speaker && overlap >= SURE_OVERLAP;
      out.push({ kind: 'quote', form: 'quote', ...(subject ? { subject } : {}), values, evidence, confidence: sure ? 0.6 : 0.3 });
    }
  }
  return out;
}

/** Two or more capitalised words, not a pronoun or a bare title: "Chad Griffin", not "He" or "Campaign President". */
function isPersonName(text: string): boolean {
  const parts = text.split(/\s+/);
  return parts.length >= 2 && parts.every((w) => /^\p{Lu}/u.test(w)) && !TITLES.has(parts[parts.length - 1]!.toLowerCase());
}

type Located = { id: Comparison['docs'][number]['id']; order: number; q: QuoteMention };

/**
 * Pairs of quotes from different sources that share at least one word of four letters or more, found
 * through an index of words: cost follows shared words, not every quote against every other.
 */
function quotePairs(cmp: Comparison): Array<[Located, Located]> {
  const index = new Map<string, Located[]>();
  cmp.docs.forEach((doc, order) => {
    for (const q of findQuotes(doc)) {
      const located = { id: doc.id, order, q };
      for (const w of q.counts.keys()) if (w.length >= 4) (index.get(w) ?? index.set(w, []).get(w)!).push(located);
    }
  });
  const seen = new Set<string>();
  const pairs: Array<[Located, Located]> = [];
  for (const list of index.values()) {
    if (list.length > MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = list[x]!.order < list[y]!.order ? [list[x]!, list[y]!] : [list[y]!, list[x]!];
        if (a.order === b.order) continue;
        const key = `${a.id}|${a.q.text}|${b.id}|${b.q.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/**
 * One quote being a shorter excerpt of the other is not a rewording, nor are quotes that differ only in
 * case, punctuation, apostrophes or function words ("We're asking" / "We are asking").
 */
function sameWording(a: QuoteMention, b: QuoteMention): boolean {
  const plain = (q: QuoteMention) => q.words.map((w) => w.replace(/’/g, "'"));
  const [x, y] = [plain(a).join(' '), plain(b).join(' ')];
  if (x.includes(y) || y.includes(x)) return true;
  const [small, large] = a.words.length <= b.words.length ? [plain(a), plain(b)] : [plain(b), plain(a)];
  const have = new Set(large);
  // A number word is never a function word here: "two years" against "three years" is a rewording.
  return small.every((w) => have.has(w) || ((isStopword(w) || w.includes("'")) && findNumbers(w).length === 0));
}
