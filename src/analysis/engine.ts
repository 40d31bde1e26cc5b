import { describe } from '../report/describe.js';
import { keyOf } from '../report/keys.js';
import { addNote, type Article, byImportance, type ConsensusPoint, type Discrepancy, type DiscrepancyFacts, type KeyedNote, metaOf, type Report, type ReportSource, type SourceId, type Summary } from '../report/types.js';
import { bySourceNumber, consensusPoints } from './agreement/consensus.js';
import { Comparison } from './context.js';
import { outcomeDiscrepancies } from './detectors/outcomes.js';
import { statusDiscrepancies } from './detectors/status.js';
import { framingDiscrepancies } from './detectors/framing.js';
import { whoSaidWhat } from './sides/who-said-what.js';
import { negationDiscrepancies } from './detectors/negations.js';
import { dateDiscrepancies } from './detectors/dates.js';
import { numberDiscrepancies } from './detectors/numbers.js';
import { leftOutFacts } from './detectors/left-out-facts.js';
import { type WrittenEarlier, writtenEarlier } from './detectors/written-earlier.js';
import { quoteDiscrepancies } from './detectors/quotes.js';
import { slotDiscrepancies } from './detectors/slots.js';
import { headlineDiscrepancies } from './detectors/headlines.js';
import { isStatement } from './detectors/sentence-support.js';
import { statementDiscrepancies } from './detectors/statements.js';
import { trendDiscrepancies } from './detectors/changes.js';
import type { Finding } from './detectors/finding.js';
import { buildDoc, type Doc } from './readers/document.js';
import { copyGroups } from './events/copies.js';
import { groupByEvent } from './events/group-by-event.js';
import { storySummary } from './story/story-summary.js';
import { shown, weigh } from './weigh.js';
import { cosine, Idf, tfidf } from './similarity.js';
import { oneSentenceSummary, rankSentences, singleDocIdf } from './story/summarize.js';
import { list } from './text.js';

/** Length of the shared-story summary, in words (a paragraph a reader takes in at a glance). */
const STORY_WORDS = 120;
/** Findings below the confidence line listed as possible, at most. */
const POSSIBLE_LISTED = 8;

export const OFFLINE_ENGINE = { name: 'offline', version: '0.1.0' } as const;

export type AnalysisResult = Omit<Report, 'unreadable'>;

/**
 * The offline engine: pure, synchronous, no I/O. Articles are given in source order (S1 first).
 * A source marked unusable in its notes (a wall, an error page) is summarised but never compared, so
 * what it lacks cannot become a discrepancy.
 */
export function analyze(articles: Article[], ids?: SourceId[], options: { storyWords?: number } = {}): AnalysisResult {
  const started = performance.now();
  const docs = articles.map((a, i) => buildDoc(ids?.[i] ?? (`S${i + 1}` as SourceId), a));
  const usable = docs.filter((d) => d.sentences.length > 0);
  const events = groupByEvent(usable);
  const mainIds = new Set(events.groups[0] ?? []);
  const main = usable.filter((d) => mainIds.has(d.id));

  const cmp = new Comparison(main);
  const allIdf = new Idf(docs.map((d) => d.sentences.flatMap((s) => s.stems)));
  const centroid = tfidf(main.flatMap((d) => d.sentences.flatMap((s) => s.stems)), allIdf);

  const sources: ReportSource[] = docs.map((d) => reportSource(d, allIdf, centroid, mainIds, events.reasons));
  const copies = copyGroups(main);
  noteCopies(sources, copies);
  if (main.length >= 2) for (const e of writtenEarlier(cmp)) noteWrittenEarlier(sources, e);
  const statements = new Set(main.filter(isStatement).map((d) => d.id));
  const weighed: Finding[] =
    main.length >= 2
      ? [
          ...quoteDiscrepancies(cmp),
          ...numberDiscrepancies(cmp),
          ...dateDiscrepancies(cmp),
          ...outcomeDiscrepancies(cmp),
          ...statusDiscrepancies(cmp),
          ...framingDiscrepancies(cmp),
          ...negationDiscrepancies(cmp),
          ...slotDiscrepancies(cmp),
          ...statementDiscrepancies(cmp),
          ...trendDiscrepancies(cmp),
          ...headlineDiscrepancies(cmp),
          ...leftOutFacts(cmp),
        ].map((f) => weigh(f, statements))
      : [];
  const found = withoutRepeats(weighed.filter(shown));
  // What two sources agree on is listed once, as agreement: contradictions first take their sentences
  // out of it, then no possible fact left out is also a point of agreement.
  const contested = contestedQuotes(found);
  const consensus = main.length >= 2 ? independent(withoutContested(consensusPoints(cmp), contested), copies.groups) : [];
  // A shown omission keeps its place even when it shares a sentence with a point of agreement:
  // dropping those lost recall on both halves (docs/ENGINE.md, "Editor's seeds report").
  const findings = found;
  const unsure = possibleOnes(weighed.filter((f) => !shown(f)), findings, consensus);
  findings.sort(byImportance);
  findings.push(...eventDiscrepancies(docs, events.groups, events.reasons).map((f) => weigh(f)));
  const discrepancies: Discrepancy[] = findings.map((d) => ({ ...d, summary: describe(d) }));

  const event = eventOf(main, allIdf, centroid, events.anchors);
  if (event) {
    // With one source on the event (the others report something else), the story is that source's own
    // best sentences, still tagged with its id, so a reader never takes it for agreement.
    const story = storySummary(cmp, options.storyWords ?? STORY_WORDS, contested);
    // Each sentence says whose it is: the story is told by the sources, not by Parallax.
    if (story.length) event.summary = story.map((s) => `${s.text} [${s.sourceId}]`).join(' ');
  }
  const said = main.length >= 2 ? whoSaidWhat(cmp, contested) : [];
  return {
    sources,
    event,
    consensus,
    discrepancies,
    ...(unsure.length ? { possible: unsure.map((d) => ({ ...d, summary: describe(d) })) } : {}),
    ...(said.length ? { said } : {}),
    engine: { ...OFFLINE_ENGINE, ms: Math.round(performance.now() - started) },
  };
}

/**
 * Two detectors may catch one conflict on the same sentences (a figure inside a quote, a figure in a
 * changed slot): it is listed once, as the first found, and says what the others saw. Sameness is
 * `keyOf`, the one definition the model engine and the thread's "what is new" use too.
 */
function withoutRepeats(found: Finding[]): Finding[] {
  const kept = new Map<string, Finding>();
  for (const d of found) {
    const key = keyOf(d);
    const first = kept.get(key);
    if (!first) kept.set(key, d);
    else (first.also ??= []).push(factsOf(d));
  }
  return [...kept.values()];
}

/**
 * Findings below the line, for the full report's "Possible, unchecked": the surest first, none that
 * repeats a shown one, at most `POSSIBLE_LISTED` (past that they are noise a reader should not wade through).
 */
function possibleOnes(unsure: Finding[], shownOnes: Finding[], consensus: ConsensusPoint[]): Finding[] {
  const known = new Set(shownOnes.map(keyOf));
  return notAgreed(withoutRepeats(unsure), consensus)
    .filter((f) => !known.has(keyOf(f)))
    .sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0) || byImportance(a, b))
    .slice(0, POSSIBLE_LISTED);
}

/**
 * Facts left out that are not also points of agreement: a sentence listed under "Where they agree"
 * already says which sources tell it, and one a silent source is said to agree on is not left out by
 * it. Either way the omission would repeat, or contradict, the agreement.
 */
function notAgreed(found: Finding[], consensus: ConsensusPoint[]): Finding[] {
  const agreed = new Set(consensus.flatMap((p) => (p.evidence ?? [{ quote: p.text }]).map((e) => e.quote)));
  return found.filter((f) => f.kind !== 'omission' || !f.evidence.some((e) => agreed.has(e.quote)));
}

/** What a finding says, without its evidence: what a merged finding adds to the one it joins. */
function factsOf(d: Finding): DiscrepancyFacts {
  const { evidence: _evidence, also: _also, importance: _importance, confidence: _confidence, ...facts } = d;
  return facts;
}

/** Copies of one text say so in their notes: readers should not count them as separate confirmations. */
function noteCopies(sources: ReportSource[], copies: ReturnType<typeof copyGroups>): void {
  for (const group of copies.groups) {
    if (group.length < 2) continue;
    for (const id of group) {
      const others = group.filter((o) => o !== id);
      const share = Math.max(...others.map((o) => copies.shares.get(`${id}|${o}`) ?? copies.shares.get(`${o}|${id}`) ?? 0));
      const source = sources.find((s) => s.id === id);
      const percent = Math.round(share * 100);
      const note = `${id} carries the same text as ${list(others)}${share ? ` (${percent}% of its wording)` : ''}: one origin, not independent confirmation.`;
      const params = { id, ids: others.join(', ') };
      if (source) addNote(source, note, share ? { key: 'noteCopyShare', params: { ...params, percent } } : { key: 'noteCopy', params });
    }
  }
}

/**
 * A source that says the details are not yet known, while others report them, says so in its notes in
 * its own words: a reader then weighs what it lacks as timing, not as a choice to leave things out.
 */
function noteWrittenEarlier(sources: ReportSource[], e: WrittenEarlier): void {
  const source = sources.find((s) => s.id === e.sourceId);
  if (!source) return;
  const n = e.reporters.length;
  const ids = list(e.reporters);
  // The sentence goes on inside the note's own: its full stop would end the note mid-way (“…discussed.”, while).
  const quote = e.quote.replace(/\.$/, '');
  const note = `${e.sourceId} says “${quote}”, while ${ids} ${n === 1 ? 'reports' : 'report'} those details: ${e.sourceId} was likely written before they were out.`;
  addNote(source, note, { key: 'noteWrittenEarlier', params: { id: e.sourceId, quote, ids: e.reporters.join(', '), n } });
}

/** A point of agreement needs two independent origins: copies of one wire story count once. */
function independent(points: ConsensusPoint[], groups: SourceId[][]): ConsensusPoint[] {
  const origin = new Map(groups.flatMap((g, i) => g.map((id) => [id, i] as const)));
  return points.filter((p) => new Set(p.sources.map((id) => origin.get(id) ?? id)).size >= 2);
}

/** A sentence that is evidence of a contradiction is not also shown as something the sources agree on. */
function withoutContested(points: ConsensusPoint[], contested: ReadonlySet<string>): ConsensusPoint[] {
  return points.filter((p) => !(p.evidence ?? [{ quote: p.text }]).some((e) => contested.has(e.quote)));
}

/**
 * Sentences shown as evidence of a contradiction. Framing is none: two reports that tell one statement
 * with different verbs of saying agree on what was said, and may still list it as agreement.
 */
function contestedQuotes(discrepancies: Finding[]): Set<string> {
  return new Set(discrepancies.filter((d) => d.kind !== 'omission' && d.kind !== 'event' && d.form !== 'framing').flatMap((d) => d.evidence.map((e) => e.quote)));
}

function reportSource(
  d: Doc,
  idf: Idf,
  centroid: ReturnType<typeof tfidf>,
  mainIds: Set<SourceId>,
  reasons: Map<SourceId, KeyedNote>,
): ReportSource {
  const a = d.article;
  const said = { notes: [...a.notes], ...(a.noteKeys ? { noteKeys: [...a.noteKeys] } : {}) };
  if (d.sentences.length === 0) addNote(said, 'No statement could be read in this text; it was not compared.', { key: 'noteNoStatement' });
  const reason = reasons.get(d.id);
  if (reason) addNote(said, reason.note, reason);
  return {
    id: d.id,
    ...metaOf(a),
    words: d.words,
    summary: oneSentenceSummary(d, idf, mainIds.has(d.id) ? centroid : undefined),
    sameEvent: mainIds.has(d.id) || (mainIds.size === 0 && d.sentences.length === 0),
    ...said,
  };
}

function eventDiscrepancies(docs: Doc[], groups: SourceId[][], reasons: Map<SourceId, KeyedNote>): Finding[] {
  const [main, ...others] = groups;
  if (!main || others.length === 0) return [];
  const outside = others.flat().sort(bySourceNumber);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const lead = (id: SourceId) => byId.get(id)!.sentences[0]?.text ?? byId.get(id)!.text.slice(0, 200);
  return [
    {
      kind: 'event',
      form: 'event',
      values: [...main.map((id) => ({ sourceId: id, value: 'this event' })), ...outside.map((id) => ({ sourceId: id, value: 'another event' }))],
      note: outside.map((id) => reasons.get(id)?.note).join(' '),
      noteSaid: outside.map((id) => reasons.get(id)).filter((r): r is KeyedNote => !!r).map(({ note: _note, ...said }) => said),
      evidence: [...main.slice(0, 1), ...outside].map((id) => ({ sourceId: id, quote: lead(id) })),
    },
  ];
}

function eventOf(
  main: Doc[],
  idf: Idf,
  centroid: ReturnType<typeof tfidf>,
  anchors: Map<SourceId, { date: Date; text: string }>,
): Report['event'] {
  if (main.length === 0) return null;
  const titled = main.filter((d) => d.article.title);
  const title = titled.length
    ? titled
        .map((d) => ({ d, score: cosine(tfidf(d.titleStems, idf), centroid) }))
        .sort((a, b) => b.score - a.score)[0]!.d.article.title!
    : oneSentenceSummary(main[0]!, idf, centroid);
  const dates = main.map((d) => anchors.get(d.id)?.date).filter((d): d is Date => !!d);
  const event: NonNullable<Report['event']> = { title };
  if (dates.length) event.date = new Date(Math.min(...dates.map((d) => d.getTime()))).toISOString().slice(0, 10);
  return event;
}

/** A one-source summary: the lead statement and the key points, verbatim. */
export function summarizeArticle(article: Article): Summary {
  const doc = buildDoc('S1', article);
  const ranked = rankSentences(doc, singleDocIdf(doc));
  const keyPoints = ranked.slice(0, 4).sort((a, b) => a.rank - b.rank).map((s) => s.text);
  return {
    ...metaOf(article),
    words: doc.words,
    summary: ranked[0]?.text ?? doc.text.slice(0, 300),
    keyPoints,
    notes: [...article.notes],
    ...(article.noteKeys ? { noteKeys: [...article.noteKeys] } : {}),
  };
}
