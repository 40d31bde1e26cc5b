import type { Finding } from './finding.js';
import type { Comparison } from '../context.js';
import { datesNamed, overlaps, parseIsoish } from '../readers/dates.js';
import type { Sentence } from '../readers/document.js';
import { surroundings } from './numbers.js';
import { stem } from '../text.js';

/** Sentences this alike report the same happening; one day apart in them is a conflict of dates. */
const SAME_HAPPENING_SIMILARITY = 0.35;
/** Content words either side of a date read to tell which happening it dates ("released Sunday", "told … on Tuesday"). */
const AROUND_DATE = 4;
const REPORTING = /\b(?:said|says|told|announced|reported)\b/gi;

/**
 * Whether two dates are told of one happening: the words around them share one. Two alike sentences
 * may date different things ("said Tuesday, after the summary was released Sunday").
 */
function sameHappening(a: Sentence, x: { text: string }, b: Sentence, y: { text: string }): boolean {
  const at = (s: Sentence, m: { text: string }) => {
    const index = Math.max(0, s.text.indexOf(m.text));
    const words = surroundings(s.text, { index, text: m.text }, AROUND_DATE);
    // A verb of saying is a happening too ("the White House said Friday", "said in a report released Friday").
    for (const w of s.text.slice(Math.max(0, index - 40), index).match(REPORTING) ?? []) words.add(stem(w.toLowerCase()));
    return words;
  };
  const around = at(b, y);
  return [...at(a, x)].some((t) => around.has(t));
}

/**
 * Closely matching sentences of two sources that put the same happening on different days, with
 * relative days and spans ("Tuesday", "yesterday", "last month") resolved against each source's own
 * publication date.
 */
export function dateDiscrepancies(cmp: Comparison): Finding[] {
  const published = new Map(cmp.docs.map((d) => [d.id, parseIsoish(d.article.publishedAt)]));
  const dates = new Map<Sentence, ReturnType<typeof datesNamed>>();
  const datesOf = (s: Sentence) => dates.get(s) ?? dates.set(s, datesNamed(s.text, published.get(s.sourceId))).get(s)!;
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const [a, b] of cmp.candidatePairs(2)) {
    const [da, db] = [datesOf(a), datesOf(b)];
    if (da.length !== 1 || db.length !== 1) continue; // one date each, or which goes with which is a guess
    const [x, y] = [da[0]!, db[0]!];
    // "May 2" and "this month" written in May can be the same time; "May 2" and "last month" cannot.
    if (overlaps(x, y) || cmp.similarity(a, b) < SAME_HAPPENING_SIMILARITY || !sameHappening(a, x, b, y)) continue;
    const key = [a.sourceId, b.sourceId].sort().join();
    if (seen.has(key)) continue;
    seen.add(key);
    const show = (m: typeof x) => (m.text.includes(m.iso) ? m.text : `"${m.text}" (${m.iso})`);
    out.push({
      kind: 'date',
      form: 'dates',
      subject: x.iso.length === 10 && y.iso.length === 10 ? 'day' : 'date',
      values: [
        { sourceId: a.sourceId, value: show(x) },
        { sourceId: b.sourceId, value: show(y) },
      ],
      evidence: [
        { sourceId: a.sourceId, quote: a.text },
        { sourceId: b.sourceId, quote: b.text },
      ],
    });
  }
  return out;
}
