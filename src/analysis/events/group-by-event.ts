import type { KeyedNote, SourceId } from '../../report/types.js';
import { type DateMention, datesNamed, daysBetween, findDates, overlaps, parseIsoish } from '../readers/dates.js';
import type { Doc } from '../readers/document.js';
import { cosine, Idf, type Vector } from '../similarity.js';
import { contentStems, RootedWords } from '../text.js';

/** Below this average similarity groups are taken to report different events. On the seed set the
 * same-event pairs score 0.11–0.47 and the call eight years later 0.05–0.07; see docs/ENGINE.md. */
export const SAME_EVENT_MIN_SIMILARITY = 0.09;
/** Sources whose dates are further apart than this report different events, unless nearly identical. */
export const SAME_EVENT_MAX_DAYS = 90;
const NEAR_COPY_SIMILARITY = 0.7;
/**
 * Reports of one topic this many days apart tell one happening only when their leads place it on the
 * same days: a shutdown's fourteenth day and its end, a plea and a later subpoena, are two events.
 */
export const WEEKS_APART_DAYS = 14;
/** The lead, where a report says when its happening was: the headline and the first sentences. */
const HAPPENING_SENTENCES = 3;
/** A source this short (a headline, a one-line claim) is judged by how much of it the other covers. */
const SHORT_SOURCE_WORDS = 40;
/**
 * A short source against a long one: its terms found in the other's headline and lead count 1, found
 * anywhere in it 0.75 more, plus twice the cosine and 0.05 for each of the other's heaviest terms it
 * uses; the sum over 1.75 must reach SHORT_SOURCE_MIN_SCORE. A headline whose terms all sit in the
 * lead scores 1; one sharing a quarter of its terms with the lead and nothing else falls short.
 */
const SHORT_WEIGHTS = { anywhere: 0.75, cosine: 2, heaviest: 0.05 };
const SHORT_SOURCE_MIN_SCORE = 0.375;
const HEAVIEST_TERMS = 8;
/** The lead: where a report says what happened, to whom, where (news puts the event first). */
const LEAD_SENTENCES = 4;

export interface EventGroups {
  /** Groups of source ids, the main event first. */
  groups: SourceId[][];
  /** Why each source outside the main group is there. */
  reasons: Map<SourceId, KeyedNote>;
  /** When each source says it happened, where it says so. */
  anchors: Map<SourceId, { date: Date; text: string }>;
}

/**
 * What a source is about: its stems weighted toward the headline and the lead (news puts the event
 * first), names counted three times (who and where identify an event more than common nouns do).
 */
export function eventVector(doc: Doc, idf: Idf): Vector {
  const names = new Set(doc.sentences.flatMap((s) => s.names.flatMap((n) => contentStems(n))));
  const tf = new Map<string, number>();
  doc.sentences.forEach((s, rank) => {
    for (const t of s.stems) tf.set(t, (tf.get(t) ?? 0) + 1 / (1 + rank / 4));
  });
  for (const t of doc.titleStems) tf.set(t, (tf.get(t) ?? 0) + 2);
  const v: Vector = new Map();
  for (const [t, f] of tf) v.set(t, f * idf.weight(t) * (names.has(t) ? 3 : 1));
  return v;
}

/**
 * When a report's happening was: the first date its headline or lead names, read against its
 * publication date ("on Monday", "Feb. 2", "last month"), else the publication date itself.
 */
function happeningDate(doc: Doc): DateMention | undefined {
  const published = parseIsoish(doc.article.publishedAt);
  for (const text of [doc.article.title ?? '', ...doc.sentences.slice(0, HAPPENING_SENTENCES).map((s) => s.text)]) {
    const named = datesNamed(text, published)[0];
    if (named) return named;
  }
  return published ? { text: 'published', iso: published.toISOString().slice(0, 10), date: published } : undefined;
}

/** Two happenings placed on days a week or more apart (a month or year named by one holds the other's day). */
function differentHappenings(a: DateMention | undefined, b: DateMention | undefined): boolean {
  if (!a || !b || overlaps(a, b)) return false;
  return a.iso.length === 10 && b.iso.length === 10 ? daysBetween(a.date, b.date) >= 7 : true;
}

export function eventIdf(docs: Doc[]): Idf {
  return new Idf(docs.map((d) => [...d.titleStems, ...d.sentences.flatMap((s) => s.stems)]), true);
}

/** When a source places its story: its publication date, else the first full date in its body. */
export function dateAnchor(doc: Doc): { date: Date; text: string } | undefined {
  const published = parseIsoish(doc.article.publishedAt);
  if (published) return { date: published, text: published.toISOString().slice(0, 10) };
  for (const s of doc.sentences.slice(0, 8)) {
    const d = findDates(s.text).find((m) => m.iso.length === 10);
    if (d) return { date: d.date, text: d.text };
  }
  return undefined;
}

/**
 * Groups sources by the event they report: average-link clustering on TF-IDF similarity, with dates
 * further apart than SAME_EVENT_MAX_DAYS keeping groups apart. The group with the most independent
 * origins is the main event; on a tie, the one with more words, then the one holding S1.
 */
export function groupByEvent(docs: Doc[]): EventGroups {
  const idf = eventIdf(docs);
  const vectors = docs.map((d) => eventVector(d, idf));
  const anchors = new Map<SourceId, { date: Date; text: string }>();
  docs.forEach((d) => {
    const a = dateAnchor(d);
    if (a) anchors.set(d.id, a);
  });
  // What each text offers a short source to be found in, built once per text, not once per pair.
  const coverage = new Map<Doc, Coverage>();
  const coverageOf = (d: Doc) => coverage.get(d) ?? coverage.set(d, coverageIn(d)).get(d)!;
  const sim = docs.map((_, i) => docs.map((_, j) => (i === j ? 1 : pairSimilarity(docs[i]!, docs[j]!, vectors[i]!, vectors[j]!, coverageOf))));
  const happenings = docs.map(happeningDate);
  const apart = (i: number, j: number): boolean => {
    const a = anchors.get(docs[i]!.id);
    const b = anchors.get(docs[j]!.id);
    if (!a || !b || sim[i]![j]! >= NEAR_COPY_SIMILARITY) return false;
    const days = daysBetween(a.date, b.date);
    return days > SAME_EVENT_MAX_DAYS || (days >= WEEKS_APART_DAYS && differentHappenings(happenings[i], happenings[j]));
  };

  let clusters = docs.map((_, i) => [i]);
  for (;;) {
    let best: [number, number, number] | undefined;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const pairs = clusters[a]!.flatMap((i) => clusters[b]!.map((j) => [i, j] as const));
        if (pairs.some(([i, j]) => apart(i, j))) continue;
        const avg = pairs.reduce((s, [i, j]) => s + sim[i]![j]!, 0) / pairs.length;
        if (avg >= SAME_EVENT_MIN_SIMILARITY && (!best || avg > best[2])) best = [a, b, avg];
      }
    }
    if (!best) break;
    const [a, b] = best;
    clusters = clusters.filter((_, k) => k !== a && k !== b).concat([[...clusters[a]!, ...clusters[b]!].sort((x, y) => x - y)]);
  }
  // Copies of one text (a wire story, the same boilerplate page twice) are one origin: two copies must
  // not outvote a report that stands alone.
  const origins = (cluster: number[]) => cluster.filter((i, k) => !cluster.slice(0, k).some((j) => sim[i]![j]! >= NEAR_COPY_SIMILARITY)).length;
  const words = (cluster: number[]) => cluster.reduce((n, i) => n + docs[i]!.words, 0);
  clusters.sort((x, y) => origins(y) - origins(x) || words(y) - words(x) || x[0]! - y[0]!);

  const main = clusters[0] ?? [];
  const reasons = new Map<SourceId, KeyedNote>();
  for (const cluster of clusters.slice(1)) {
    for (const i of cluster) reasons.set(docs[i]!.id, differentEventReason(i, main, docs, sim, anchors));
  }
  return { groups: clusters.map((c) => c.map((i) => docs[i]!.id)), reasons, anchors };
}

function differentEventReason(
  i: number,
  main: number[],
  docs: Doc[],
  sim: number[][],
  anchors: Map<SourceId, { date: Date; text: string }>,
): KeyedNote {
  const id = docs[i]!.id;
  const mainIds = main.map((j) => docs[j]!.id).join(', ');
  const own = anchors.get(id);
  const other = main.map((j) => anchors.get(docs[j]!.id)).find(Boolean);
  if (own && other && daysBetween(own.date, other.date) > SAME_EVENT_MAX_DAYS) {
    const note = `${id} is dated ${own.text}, while ${mainIds} ${main.length > 1 ? 'are' : 'is'} dated around ${other.text}: a different event.`;
    return { note, key: 'eventDatedApart', params: { id, ids: mainIds, n: main.length, own: own.text, other: other.text } };
  }
  if (own && other && daysBetween(own.date, other.date) >= WEEKS_APART_DAYS) {
    const days = Math.round(daysBetween(own.date, other.date));
    const earlier = own.date < other.date;
    const note = `${id} is dated ${own.text}, ${days} days from ${mainIds} (dated around ${other.text}), and its lead places its happening on other days: ${earlier ? 'an earlier' : 'a later'} event of the same story.`;
    return { note, key: earlier ? 'eventWeeksEarlier' : 'eventWeeksLater', params: { id, ids: mainIds, days, own: own.text, other: other.text } };
  }
  const avg = main.reduce((s, j) => s + sim[i]![j]!, 0) / main.length;
  const mainDocs = main.map((j) => docs[j]!);
  const ownNames = distinctiveNames([docs[i]!], mainDocs);
  const theirNames = distinctiveNames(mainDocs, [docs[i]!]);
  const named = ownNames.length > 0 && theirNames.length > 0;
  const about = named ? ` It is about ${ownNames.join(', ')}; they are about ${theirNames.join(', ')}.` : '';
  const note = `${id} shares too few names and key terms with ${mainIds} to be about the same event (similarity ${avg.toFixed(2)}; same-event sources score at least ${SAME_EVENT_MIN_SIMILARITY}).${about}`;
  // The similarity goes in as the two decimals the English shows, so every language gives the same figure.
  const params = { id, ids: mainIds, similarity: Number(avg.toFixed(2)), min: SAME_EVENT_MIN_SIMILARITY };
  if (!named) return { note, key: 'eventFewShared', params };
  return { note, key: 'eventFewSharedAbout', params: { ...params, own: ownNames.join(', '), theirs: theirNames.join(', ') } };
}

/**
 * Cosine of the event vectors. For a very short source (a headline, a one-line claim) against a longer
 * one, cosine says little (a headline has a handful of terms), so it is judged by how much of it the
 * other text covers, on four counts put on the cosine's scale: the share of its terms in the other's
 * headline and lead, the share anywhere in it, the cosine, and how many of the other's eight heaviest
 * terms it uses (a headline names what the report is mostly about). Weights and threshold chosen on
 * FNC-1 (headline vs body) every 10th pair, then checked on four other tenths: see docs/ENGINE.md.
 */
function pairSimilarity(a: Doc, b: Doc, va: Vector, vb: Vector, coverageOf: (doc: Doc) => Coverage): number {
  const cos = cosine(va, vb);
  const [short, long] = a.words <= b.words ? [a, b] : [b, a];
  // Long texts, and short ones that are copies of each other, are judged by cosine.
  if (short.words >= SHORT_SOURCE_WORDS || cos >= NEAR_COPY_SIMILARITY) return cos;
  const terms = new Set([...short.titleStems, ...short.sentences.flatMap((s) => s.stems)]);
  if (terms.size === 0) return cos;
  const { lead, anywhere, heaviest } = coverageOf(long);
  // A term counts in another form of its root too: "Nicaraguan capital" against "Managua, Nicaragua",
  // "meteorite" against "meteor" (FNC-1 related on all pairs 96.89% -> 97.03%, docs/ENGINE.md).
  const share = (place: RootedWords) => [...terms].filter((t) => place.hasRootOf(t)).length / terms.size;
  const used = heaviest.filter((t) => terms.has(t)).length;
  const score = share(lead) + SHORT_WEIGHTS.anywhere * share(anywhere) + SHORT_WEIGHTS.cosine * cos + SHORT_WEIGHTS.heaviest * used;
  return (score / (1 + SHORT_WEIGHTS.anywhere)) * (SAME_EVENT_MIN_SIMILARITY / SHORT_SOURCE_MIN_SCORE);
}

/** Where a short source's terms are looked for in a longer text. */
interface Coverage {
  /** Stems of the headline and lead. */
  lead: RootedWords;
  /** Stems anywhere in the text. */
  anywhere: RootedWords;
  /** The terms the text weighs most: counted in every sentence, those nearer the top counting more. */
  heaviest: string[];
}

function coverageIn(doc: Doc): Coverage {
  const lead = new Set([...doc.titleStems, ...doc.sentences.slice(0, LEAD_SENTENCES).flatMap((s) => s.stems)]);
  const anywhere = new Set([...lead, ...doc.sentences.flatMap((s) => s.stems)]);
  const tf = new Map<string, number>();
  for (const t of doc.titleStems) tf.set(t, (tf.get(t) ?? 0) + 1);
  doc.sentences.forEach((s, rank) => {
    for (const t of s.stems) tf.set(t, (tf.get(t) ?? 0) + 1 / (1 + rank / 4));
  });
  const heaviest = [...tf].sort((x, y) => y[1] - x[1]).slice(0, HEAVIEST_TERMS).map(([t]) => t);
  return { lead: new RootedWords(lead), anywhere: new RootedWords(anywhere), heaviest };
}

/** The names `docs` use most that `others` never use: what sets one story apart from another. */
function distinctiveNames(docs: Doc[], others: Doc[], max = 3): string[] {
  const used = new Set(others.flatMap((d) => d.sentences.flatMap((s) => s.stems)));
  const counts = new Map<string, number>();
  for (const d of docs) {
    for (const s of d.sentences) {
      for (const name of s.names) {
        const stems = contentStems(name);
        if (stems.length && stems.every((t) => !used.has(t))) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, max).map(([n]) => n);
}
