import type { Finding } from './finding.js';
import type { Comparison } from '../context.js';
import { findQuotes, quoteOverlap, type QuoteMention } from '../readers/quotes.js';

const SAME_QUOTE_OVERLAP = 0.6;
/** Words used by more quotes than this are too common to pair quotes on. */
const MAX_POSTINGS = 200;

/** The same quote worded differently, or given to different speakers. */
export function quoteDiscrepancies(cmp: Comparison): Finding[] {
  const out: Finding[] = [];
  for (const [a, b] of quotePairs(cmp)) {
    if (quoteOverlap(a.q, b.q) < SAME_QUOTE_OVERLAP) continue;
    const evidence = [
      { sourceId: a.id, quote: a.q.context },
      { sourceId: b.id, quote: b.q.context },
    ];
    if (a.q.speaker && b.q.speaker && a.q.speaker !== b.q.speaker) {
      const values = [
        { sourceId: a.id, value: a.q.speakerText! },
        { sourceId: b.id, value: b.q.speakerText! },
      ];
      out.push({ kind: 'name', form: 'speaker', subject: 'speaker', values, evidence });
    } else if (!sameWording(a.q, b.q)) {
      const subject = a.q.speakerText ?? b.q.speakerText;
      const values = [
        { sourceId: a.id, value: a.q.text },
        { sourceId: b.id, value: b.q.text },
      ];
      out.push({ kind: 'quote', form: 'quote', ...(subject ? { subject } : {}), values, evidence });
    }
  }
  return out;
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

// One quote being a shorter excerpt of the other is not a rewording.
function sameWording(a: QuoteMention, b: QuoteMention): boolean {
  const [x, y] = [a.words.join(' '), b.words.join(' ')];
  return x.includes(y) || y.includes(x);
}
