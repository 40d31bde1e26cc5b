import type { SourceId } from '../../report/types.js';
import type { Comparison } from '../context.js';
import { findNumbers } from '../readers/numbers.js';
import type { Doc, Sentence } from '../readers/document.js';
import { twoUtterances } from '../readers/quotes.js';
import { isAside, isOpinion } from '../readers/asides.js';
import { isAttributedFact, isReadoutFact, speakerStems } from '../readers/attribution.js';
import { isName } from '../readers/names.js';
import type { Finding } from './finding.js';

/** A source tells a sentence's fact when one of its sentences (or two in a row) has this share of the fact's weighted terms. */
const TOLD = 0.4;
/** Below this share, nothing the source says comes near the fact: it is silent on it. */
const SILENT = 0.25;
/** A fact shorter than this many content terms is a fragment ("He added:"), not a fact to miss. */
const MIN_TERMS = 5;
/** A sentence of a window with less than this share of the fact only stands beside the one that tells it: it is not shown. */
const PART_OF_FACT = 0.15;
/** Sentences of one source this close together, left out by the same sources, tell one passage. */
const PASSAGE_GAP = 1;
/** Sentences quoted per passage: enough to show the fact, not the whole article. */
const EVIDENCE_SENTENCES = 3;
/** Words of the fact's sentence said in the summary line. */
const GIST_WORDS = 14;
/** A passage this long is a part of the story an editor would lead with. */
const LEADING_PASSAGE = 5;
/** A passage whose weighted terms are this new to the silent sources surely tells what they do not. */
const NEW_WORDS = 0.85;
/** Below this share of new terms, a passage may retell in another order what the silent sources say. */
const OWN_WORDS = 0.7;

/** How much less sure a passage is when half its sentences are the writer's asides. */
const ASIDE_PENALTY = 0.2;

/** Whether half or more of a passage's sentences are the writer's own asides, not facts. */
const asides = (passage: Gap[]): boolean => passage.filter((g) => isAside(g.s.text)).length * 2 >= passage.length;

interface Gap {
  s: Sentence;
  silent: SourceId[];
  /** The sentences of each other source that tell the fact (one, or two in a row when it runs across them). */
  tellers: Sentence[];
  /**
   * The first sentence of each telling window: marked read so it is not taken again as a fact of its
   * own source. Marking the tellers instead lost recall on T (docs/ENGINE.md, "Editor's seeds report").
   */
  near: Sentence[];
  /** How near the silent sources' closest wording comes (share of the fact's terms). */
  nearest: number;
}

/**
 * Facts some sources report and others leave out, told as the sentences that state them: a run of
 * sentences of one source that no sentence of another comes near. Only facts that matter are kept:
 * ones carrying a name, a figure or a quotation, or in the lead.
 */
export function leftOutFacts(cmp: Comparison): Finding[] {
  if (cmp.docs.length < 2) return [];
  const used = new Set<Sentence>();
  const out: Finding[] = [];
  for (const doc of cmp.docs) {
    const gaps = doc.sentences.filter((s) => !used.has(s) && s.stemSet.size >= MIN_TERMS).map((s) => gapOf(cmp, doc, s)).filter((g): g is Gap => g !== undefined);
    // A sentence without a name, figure or quotation continues a passage but does not make one; nor
    // does the writer's aside: a report that leaves out another's opinion leaves out no fact.
    for (const passage of passages(gaps).filter((p) => p.some((g) => matters(g.s) && !isOpinion(g.s.text)))) {
      for (const g of passage) for (const t of [g.s, ...g.near]) used.add(t);
      out.push(findingOf(passage, novelty(cmp, passage)));
    }
  }
  return out;
}

function gapOf(cmp: Comparison, doc: Doc, s: Sentence): Gap | undefined {
  const silent: SourceId[] = [];
  const tellers: Sentence[] = [];
  const near: Sentence[] = [];
  let nearest = 0;
  for (const other of cmp.docs) {
    // A source read only in part (a paywall's teaser) cannot be said to leave anything out.
    if (other === doc || isPartial(other)) continue;
    const best = closest(cmp, s, other);
    // Another quotation of the same speaker at the same event ("…,” Putin said at the press conference
    // in Sochi) shares the words around it, not what was said: it does not tell this one.
    const told = best.tellers.filter((t) => !twoUtterances(s.text, t.text));
    if (best.share >= TOLD && told.length === 0) (silent.push(other.id), (nearest = Math.max(nearest, SILENT)));
    else if (best.share >= TOLD) (tellers.push(...told), near.push(best.window!));
    else if (best.share < SILENT || unattributed(cmp, s, best.pair)) (silent.push(other.id), (nearest = Math.max(nearest, best.share)));
    else return undefined; // told in part: too close to call a fact left out
  }
  return silent.length ? { s, silent, tellers, near, nearest } : undefined;
}

/**
 * What a party put on record ("The ministry did not mention the fund") is not told in part by a source
 * that shares the story's words but never says it of that party: it tells the story, or what the party
 * said of something else, not this. Told in part needs a sentence that names the party and carries a
 * good part of the fact.
 */
function unattributed(cmp: Comparison, s: Sentence, near: Sentence[]): boolean {
  if (!isReadoutFact(s.text)) return false;
  const party = speakerStems(s.text);
  return party.length > 0 && !near.some((n) => party.some((t) => n.stemSet.has(t)) && shareOf(cmp, s, n) >= SILENT);
}

/** The share of `s`'s weighted terms that one sentence has. */
function shareOf(cmp: Comparison, s: Sentence, o: Sentence): number {
  let total = 0;
  let got = 0;
  for (const t of s.stemSet) {
    const w = cmp.idf.weight(t);
    total += w;
    if (o.stemSet.has(t)) got += w;
  }
  return total ? got / total : 0;
}

function isPartial(doc: Doc): boolean {
  return doc.article.notes.some((n) => n.startsWith('Partial'));
}

/** For each stem, the windows of a source (a sentence and the next: window i is sentences i and i+1) that have it. */
type Windows = Map<string, number[]>;
const windowsCache = new WeakMap<Doc, Windows>();

function windowsOf(doc: Doc): Windows {
  let found = windowsCache.get(doc);
  if (found) return found;
  found = new Map();
  doc.sentences.forEach((o, i) => {
    for (const t of o.stemSet) {
      const list = found!.get(t) ?? found!.set(t, []).get(t)!;
      // Sentence i is in window i-1 (with the sentence before it) and in window i.
      if (i > 0 && list[list.length - 1] !== i - 1) list.push(i - 1);
      list.push(i);
    }
  });
  windowsCache.set(doc, found);
  return found;
}

/**
 * The sentence of `other` (or pair in a row) that has the largest share of `s`'s weighted terms,
 * read through an index of the windows each stem is in: cost follows shared stems, not all sentences.
 */
function closest(cmp: Comparison, s: Sentence, other: Doc): { tellers: Sentence[]; window?: Sentence; pair: Sentence[]; share: number } {
  const windows = windowsOf(other);
  const covered = new Map<number, number>();
  let total = 0;
  for (const t of s.stemSet) {
    const w = cmp.idf.weight(t);
    total += w;
    for (const i of windows.get(t) ?? []) covered.set(i, (covered.get(i) ?? 0) + w);
  }
  let best = { i: -1, share: 0 };
  for (const [i, w] of covered) if (w / total > best.share) best = { i, share: w / total };
  if (best.i < 0) return { tellers: [], pair: [], share: 0 };
  const pair = other.sentences.slice(best.i, best.i + 2);
  return { tellers: tellersOf(cmp, s, pair), window: other.sentences[best.i], pair, share: best.share };
}

/**
 * The sentences of a window that tell the fact: the one of the two that has the larger share of it
 * alone when that share is enough, else both (the fact runs across them). The other sentence of a
 * window can be unrelated ("The FBI is investigating…" beside the sentence that tells the fact): it is
 * never shown as evidence on its own.
 */
function tellersOf(cmp: Comparison, s: Sentence, pair: Sentence[]): Sentence[] {
  const ranked = pair.map((o) => ({ o, share: shareOf(cmp, s, o) })).sort((a, b) => b.share - a.share);
  if (ranked.length === 1 || ranked[0]!.share >= TOLD || ranked[1]!.share < PART_OF_FACT) return [ranked[0]!.o];
  return pair;
}

/** A fact worth missing: long enough to state something, with a name, a figure or a quotation, or in the lead. */
function matters(s: Sentence): boolean {
  const named = s.text.split(/\s+/).slice(1).some((w) => isName(w.replace(/[^\p{L}.-]+$/u, '')));
  return s.rank < 2 || named || findNumbers(s.text).length > 0 || /[“"]/.test(s.text);
}

/** Runs of gaps close together in the source and left out by the same sources. */
function passages(gaps: Gap[]): Gap[][] {
  const out: Gap[][] = [];
  for (const g of gaps) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    const together = prev && g.s.index - prev.s.index <= PASSAGE_GAP + 1 && g.silent.join() === prev.silent.join();
    if (together) last!.push(g);
    else out.push([g]);
  }
  return out;
}

/**
 * A sentence as the summary quotes it, inside its own marks: a sentence that is one whole quotation
 * loses its marks; quotation marks inside a sentence become single ones, as a quotation within a
 * quotation is written ("“‘Everything is at risk,’ Schiff told the room.”", not "“Everything is at
 * risk,” Schiff told the room.”", whose marks no longer pair).
 */
function unquoted(text: string): string {
  const marks = text.match(/[“”"]/gu) ?? [];
  const whole = marks.length === 2 && /^[“"]/u.test(text) && /[”"][.,!?]?$/u.test(text);
  if (whole) return text.replace(/^[“"]/u, '').replace(/[”"]([.,!?]?)$/u, '$1');
  // A mark the sentence opens with and never closes (a quotation running on into the next sentence,
  // or a stray mark) is dropped, as is one it closes with and never opened.
  let t = text;
  if (/^“/u.test(t) && !t.includes('”')) t = t.slice(1);
  if (/”[.,!?]?$/u.test(t) && !t.includes('“')) t = t.replace(/”([.,!?]?)$/u, '$1');
  // A straight mark opens after a space or at the start, and closes otherwise.
  return t.replace(/“|(?<=^|[\s(—–-])"/gu, '‘').replace(/[”"]/gu, '’');
}

/** The opening words of a sentence, to name the fact it states in a summary line (the evidence quotes it whole). */
function gist(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= GIST_WORDS ? text : `${words.slice(0, GIST_WORDS).join(' ')}…`;
}

/**
 * The share of a passage's weighted terms that the silent sources never use at all: a passage made of
 * words they never write tells something they do not, one made of their own words may retell their
 * facts in another order.
 */
function novelty(cmp: Comparison, passage: Gap[]): number {
  const silent = cmp.docs.filter((d) => passage[0]!.silent.includes(d.id));
  let all = 0;
  let novel = 0;
  for (const t of new Set(passage.flatMap((g) => [...g.s.stemSet]))) {
    const w = cmp.idf.weight(t);
    all += w;
    if (silent.every((d) => !d.sentences.some((x) => x.stemSet.has(t)))) novel += w;
  }
  return all ? novel / all : 0;
}

/**
 * How an editor ranks a sentence as evidence of a fact left out: what a named party put on record
 * first, then a plain fact, the writer's aside last (it is shown only when the passage has nothing else).
 */
function standing(s: Sentence): number {
  return isAside(s.text) ? 0 : isAttributedFact(s.text) ? 2 : 1;
}

/**
 * The other reporting sources' sentences that tell the facts shown: for each shown sentence, the
 * sentence (or two in a row, when the fact runs across them) each source tells it in, so every quote
 * shown for a source tells a fact shown. A source that tells none of the shown ones is shown by the
 * first other sentence of the passage it tells.
 */
function tellersShown(shown: Gap[], passage: Gap[]): Sentence[] {
  const out = new Set(shown.flatMap((g) => g.tellers));
  const has = new Set([...out].map((t) => t.sourceId));
  for (const g of passage) {
    for (const t of g.tellers) if (!has.has(t.sourceId)) out.add(t);
    for (const t of g.tellers) has.add(t.sourceId);
  }
  return [...out];
}

function findingOf(passage: Gap[], novel: number): Finding {
  const first = passage[0]!;
  // The passage's best evidence shows the fact (its first sentence may be a transition): what a party
  // put on record, then the fullest facts; the writer's asides only when there is nothing else. The
  // summary names the best of them, so it quotes what the evidence shows.
  const facts = passage.filter((g) => !isOpinion(g.s.text));
  const picked = [...(facts.length ? facts : passage)]
    .sort((a, b) => Number(isReadoutFact(b.s.text)) - Number(isReadoutFact(a.s.text)) || b.s.stemSet.size - a.s.stemSet.size)
    .slice(0, EVIDENCE_SENTENCES);
  const shown = [...picked].sort((a, b) => a.s.index - b.s.index);
  const named = [...picked].sort((a, b) => standing(b.s) - standing(a.s) || a.s.index - b.s.index)[0]!;
  const tellers = tellersShown(picked, passage);
  const evidence = [...shown.map((g) => ({ sourceId: g.s.sourceId, quote: g.s.text })), ...tellers.map((t) => ({ sourceId: t.sourceId, quote: t.text }))];
  return {
    kind: 'omission',
    form: 'fact',
    subject: gist(unquoted(named.s.text)),
    // One value per reporting source: a source told across two sentences is one source that tells it.
    values: [named.s, ...tellers.filter((t, i) => tellers.findIndex((o) => o.sourceId === t.sourceId) === i)].map((s) => ({ sourceId: s.sourceId, value: s.text })),
    silent: first.silent,
    evidence,
    // The room a report gives a fact is how much it matters to that report: a passage of five
    // sentences is a part of the story the others leave out, one sentence may be a detail.
    importance: passage.length >= LEADING_PASSAGE ? 3 : passage.length >= 3 ? 2 : 1,
    confidence: Math.min(0.9, 0.3 + 0.1 * Math.min(passage.length, 5) + (novel >= NEW_WORDS ? 0.1 : novel < OWN_WORDS ? -0.1 : 0) - (asides(passage) ? ASIDE_PENALTY : 0)),
  };
}
