import type { Key } from '../i18n/translate.js';

/**
 * The report contract: what `compare()` returns, what `parallax compare --json` prints and what every
 * renderer (Discord embeds, Markdown) reads. Fields may be added; none may change meaning.
 */

export type SourceId = `S${number}`;

/**
 * A sentence of the bot's own said by message key (src/i18n), so a view can give it in the reader's
 * language; a param may itself be a said sentence (a reason inside a sentence).
 */
export interface Said {
  key: Key;
  params?: Record<string, string | number | Said>;
}

/** A note (`notes[i]`, in English as it is) with the key a view says it by in another language. */
export interface KeyedNote extends Said {
  note: string;
}

/** What a caller hands to `compare()` / `summarize()`: a link, or text it already has. */
export type SourceInput =
  | { url: string }
  | { text: string; title?: string; url?: string; publishedAt?: string };

/** An article as read from a page or a text, before any analysis. */
export interface Article {
  title?: string;
  byline?: string;
  site?: string;
  /** As the page states it, time zone kept (ISO 8601 where the page uses it). */
  publishedAt?: string;
  modifiedAt?: string;
  /** The canonical URL when the page names one, else the URL it was read from. */
  url?: string;
  lang?: string;
  /** The lead image's absolute URL. */
  image?: string;
  /** Body text, paragraphs separated by blank lines. */
  text: string;
  /** What the reader should know about how this text was obtained (partial, wall, very short…). */
  notes: string[];
  /** The notes that have a message key, for views in other languages (a note without one stays English). */
  noteKeys?: KeyedNote[];
}

/** What is known about where a text comes from. */
export interface SourceMeta {
  title?: string;
  url?: string;
  site?: string;
  byline?: string;
  publishedAt?: string;
}

/** Copies the metadata fields that are set (the contract has no `undefined` values). */
export function metaOf(from: SourceMeta): SourceMeta {
  const meta: SourceMeta = {};
  for (const key of ['title', 'url', 'site', 'byline', 'publishedAt'] as const) if (from[key]) meta[key] = from[key];
  return meta;
}

export interface ReportSource extends SourceMeta {
  id: SourceId;
  words: number;
  summary: string;
  sameEvent: boolean;
  notes: string[];
  /** The notes that have a message key, for views in other languages (a note without one stays English). */
  noteKeys?: KeyedNote[];
}

export interface Evidence {
  sourceId: SourceId;
  /** A verbatim span of that source's extracted text (whitespace collapsed), or of its headline when `in` says so. */
  quote: string;
  /** Set when the quote is the source's headline rather than a span of its body. */
  in?: 'title';
}

/** "S2", or "S2 headline" when the evidence is the headline. */
export function evidenceLabel(e: Evidence): string {
  return e.in === 'title' ? `${e.sourceId} headline` : e.sourceId;
}

/**
 * A source's words as shown to a reader: in quotation marks, unless the span opens or closes with a
 * quotation of its own ("“Yes,” he said.", "The Kremlin said “it was agreed.”"), which ours would
 * double into ““Yes,” he said.”: such a span is shown as it is, after the label that says whose words
 * they are. A span that opens or closes a quotation running on past it (a quoted passage's first or
 * last sentence) carries that mark itself: ours is added only at the other end.
 */
export function quoted(text: string): string {
  const unbalanced = (text.match(/[“”"]/gu) ?? []).length % 2 === 1;
  if (unbalanced && /^[“"]/u.test(text)) return `${text}”`;
  if (unbalanced && /[”"][.,]?$/u.test(text)) return `“${text}`;
  // Straight marks inside ours read apart (“"We will…"”); curly ones run into them.
  if (/^“/u.test(text) || /”[.,!?]?$/u.test(text)) return text;
  return `“${text}”`;
}

export type DiscrepancyKind = 'number' | 'date' | 'name' | 'quote' | 'claim' | 'omission' | 'framing' | 'event';

/** One source's value or statement on the point that differs, in short form: "12 people", "agreed". */
export interface SourceValue {
  sourceId: SourceId;
  value: string;
  /** The source's own words around it, when `value` is a category ("rise" told as "a 12% increase"). */
  words?: string;
}

/**
 * How a difference is told, so that `describe()` can word it in the reader's language:
 * - `figures`, `dates`: two values for one thing; `change`: a rise told against a fall;
 * - `wording`: the same fact with one thing changed; `unmentioned`: a specific the other never gives;
 * - `quote`: one speaker's words quoted differently; `speaker`: the same words given to two people;
 * - `outcome`: what came of the event; `status`: an act told as done against planned, expected or not
 *   done, or against an act that excludes it (`subject` the act, each value's `words` the source's own);
 * - `shortfall`: one source tells an outcome another falls short of for one subject (resigned / only
 *   apologised, killed / injured; `subject` the person or count, each value the act, `words` the source's own);
 * - `negation`: one source denies what another states;
 * - `framing`: one speaker's statement told with a verb of saying that frames it in one source ("doubled
 *   down", "walked back", "admitted") and a plain or other one in another (`subject` the speaker, each
 *   value what the verb implies or `plain`, `words` the source's own);
 * - `dispute`, `disputed`: a report calls a statement false / a statement calls a report's fact false;
 * - `headline`, `headline-unmentioned`: a headline against its own text;
 * - `left-out`, `left-out-retold`: a specific one source gives and another does not; `fact`: a fact
 *   (its sentences) some sources report and others leave out; `event`: sources about another event.
 */
export type DiscrepancyForm =
  | 'figures' | 'dates' | 'change' | 'wording' | 'unmentioned' | 'quote' | 'speaker' | 'outcome' | 'status' | 'shortfall' | 'negation'
  | 'dispute' | 'disputed' | 'headline' | 'headline-unmentioned' | 'left-out' | 'left-out-retold' | 'fact' | 'event' | 'framing';

/** What a discrepancy says, apart from its evidence: enough to word it in any language. */
export interface DiscrepancyFacts {
  kind: DiscrepancyKind;
  form?: DiscrepancyForm;
  /** What differs, in a few words: "people", "Mayor Ellen Park", "figure". */
  subject?: string;
  /** Each source's value or statement on it, in short form, as the source words it. */
  values?: SourceValue[];
  /** Sources that do not mention the point at all (omissions). */
  silent?: SourceId[];
  /** When the sources involved are dated apart: the later one may tell an update. */
  later?: { sourceId: SourceId; earlier: SourceId; hours: number };
  /** A sentence, in English, that the engine adds as it is (why sources were set apart as another event). */
  note?: string;
  /** `note`'s sentences by message key, for views in other languages. */
  noteSaid?: Said[];
}

export interface Discrepancy extends DiscrepancyFacts {
  /** The sentence a reader sees: `describe(d)` for the offline engine's findings. */
  summary: string;
  evidence: Evidence[];
  /** 3 = an editor would lead with it, 2 = worth listing, 1 = minor. Reports list the most important first. */
  importance?: 1 | 2 | 3;
  /** How sure the engine is that the difference is real, 0–1. Below `SHOWN_CONFIDENCE` it is not shown as a difference. */
  confidence?: number;
  /** Other findings on the same evidence (two detectors that caught one conflict), said after this one's. */
  also?: DiscrepancyFacts[];
}

/** Discrepancies less sure than this are not shown as differences. */
export const SHOWN_CONFIDENCE = 0.6;

/** The order reports show discrepancies in: contradictions of fact first, framing and coverage next, another event last. */
const KIND_ORDER: Record<DiscrepancyKind, number> = { number: 0, date: 1, name: 2, quote: 3, claim: 4, framing: 5, omission: 6, event: 7 };

export function byKind(a: Pick<Discrepancy, 'kind'>, b: Pick<Discrepancy, 'kind'>): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

type Ranked = Pick<Discrepancy, 'kind' | 'importance' | 'confidence'>;

/**
 * The report's order: most important first; among equals a contradiction of fact before a fact left
 * out (a death toll told two ways leads over a passage one report alone has), then the surest;
 * another event always last.
 */
export function byImportance(a: Ranked, b: Ranked): number {
  const last = Number(a.kind === 'event') - Number(b.kind === 'event');
  const leftOut = Number(a.kind === 'omission') - Number(b.kind === 'omission');
  return last || (b.importance ?? 2) - (a.importance ?? 2) || leftOut || (b.confidence ?? 0.5) - (a.confidence ?? 0.5) || byKind(a, b);
}

export interface ConsensusPoint {
  /** One source's sentence, verbatim, that states the shared fact. */
  text: string;
  sources: SourceId[];
  /** Each supporting source's own sentence, verbatim. */
  evidence?: Evidence[];
}

/**
 * What one speaker (a person or a body) said, as each report tells it: the sentences in which reports
 * give words to that speaker, verbatim, in source order. Read beside each other, they show whose account
 * each report passes on and what of it.
 */
export interface SpeakerStatements {
  /** The speaker as a report names them: "the White House", "Vladimir Putin". */
  speaker: string;
  evidence: Evidence[];
}

/** A source that could not be read: kept in the report, with the reason, never dropped silently. */
export interface UnreadableSource {
  /** The id the source would have had: ids follow input order, so an unreadable one leaves its gap. */
  id: SourceId;
  /** Where the user pointed us (link or attachment name), as given. */
  input: string;
  reason: string;
}

export interface Report {
  sources: ReportSource[];
  /** The main event: a title, a date when the sources give one, and the story they share, in their own sentences. */
  /** `summary`: the story in the sources' own sentences, each followed by its tag ("[S2]"). */
  event: { title: string; date?: string; summary?: string } | null;
  consensus: ConsensusPoint[];
  discrepancies: Discrepancy[];
  /**
   * Findings less sure than `SHOWN_CONFIDENCE`: not differences, but what the full report lists under
   * "Possible, unchecked" for a reader to check against the evidence. Absent when there are none.
   */
  possible?: Discrepancy[];
  /** What each speaker two or more reports give words to said, as each tells it. Absent when none is. */
  said?: SpeakerStatements[];
  unreadable: UnreadableSource[];
  engine: EngineInfo;
}

/** What the model cost: calls made and tokens used (counted also when it then failed). */
export interface ModelUsage {
  calls: number;
  promptTokens: number;
  completionTokens: number;
}

/** The offline engine alone: no model was configured, or `engine: offline` was asked for. */
export interface OfflineEngineInfo {
  name: 'offline';
  version: string;
  ms?: number;
  // Absent, and said so, so that a reader can ask any report for them.
  fallback?: undefined;
  model?: undefined;
  calls?: undefined;
  promptTokens?: undefined;
  completionTokens?: undefined;
}

/** The model deepened the offline engine's report; only what it could check against the sources was kept. */
export interface ModelEngineInfo extends ModelUsage {
  name: 'llm';
  /** The prompt version. */
  version: string;
  model: string;
  /** The offline engine's version, whose findings the model's were merged with. */
  offline: string;
  /**
   * What of the model's output was not shown: quotes not found in their source (or cut mid-word, or
   * denied by their own clause), findings left without verified evidence from every source they name,
   * and prose (summaries, shared facts) whose quotation marks, source ids or wording failed the check.
   */
  dropped: { quotes: number; findings: number; prose?: number };
  /** Served from the cache of identical comparisons (then no call was made). */
  cached: boolean;
  ms?: number;
  fallback?: undefined;
}

/** A model was wanted but not used (it failed, the budget refused, none is configured): the offline report, saying why. */
export interface FellBackEngineInfo extends Partial<ModelUsage> {
  name: 'offline';
  version: string;
  ms?: number;
  /** Why the model was not used, as a sentence for the reader. */
  fallback: string;
  /** `fallback` by message key, for views in other languages (absent when it has none). */
  fallbackSaid?: Said;
  model?: string;
}

/** Adds a note to an article or a source, in English and by key. */
export function addNote(to: { notes: string[]; noteKeys?: KeyedNote[] }, note: string, said: Said): void {
  to.notes.push(note);
  (to.noteKeys ??= []).push({ note, ...said });
}

/** A note saying a text could not be used ("Unreadable: …") or was read in part ("Partial: …"), by its body's key. */
export const unreadableNote = (why: Said): Said => ({ key: 'noteUnreadable', params: { why } });
export const partialNote = (why: Said): Said => ({ key: 'notePartial', params: { why } });

/** Which engine wrote a report: tell them apart by `name` and `fallback`. */
export type EngineInfo = OfflineEngineInfo | ModelEngineInfo | FellBackEngineInfo;

/** The offline engine's info, now saying why the model was not used (and what it cost if it was called). */
export function fellBack(offline: EngineInfo, fallback: string, extra: Partial<ModelUsage> & { model?: string } = {}, said?: Said): FellBackEngineInfo {
  const version = offline.name === 'llm' ? offline.offline : offline.version;
  return { name: 'offline', version, ...(offline.ms === undefined ? {} : { ms: offline.ms }), ...extra, fallback, ...(said ? { fallbackSaid: said } : {}) };
}

export interface Summary extends SourceMeta {
  words: number;
  summary: string;
  /** The key sentences, most important first, verbatim. */
  keyPoints: string[];
  notes: string[];
  /** The notes that have a message key, for views in other languages (a note without one stays English). */
  noteKeys?: KeyedNote[];
}
