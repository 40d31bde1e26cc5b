import type { Finding } from './finding.js';
import type { SourceId } from '../../report/types.js';
import type { Comparison } from '../context.js';
import type { Doc, Sentence } from '../readers/document.js';
import { BRIDGES, COUNT_WORDS, FALLS_SHORT, OUTCOME_ACTS, PASSIVE, PEOPLE, type OutcomeAct } from '../lexicon/outcome-pairs.js';
import { BODIES, NEGATED, PENDING } from '../lexicon/status.js';
import { CALENDAR_WORDS } from '../lexicon/calendar.js';
import { TITLES } from '../lexicon/titles.js';
import { isStopword } from '../lexicon/stopwords.js';
import { stem } from '../text.js';
import { cueBefore, statusMentions, type Holding } from './status.js';
import { isAdverb, Phrases, tokenize, type Token } from '../readers/tokens.js';
import { newer } from './newer.js';

/**
 * An outcome told further by one source than by another, of one subject: "Reyes resigned" against only
 * "Reyes apologised", "won the primary" against "leads the count", "two officers were killed" against
 * "two officers were wounded", "was charged with fraud" against "is under investigation". None excludes
 * the other (an apology may come before a resignation), so a pair is shown only when the subject is
 * read surely: one full name (or one count of one kind of people) as the one each act is said of, both
 * told as done, no two bodies or two days named. Every other pair is only possible.
 */

/** Whom an act is said of. */
export interface Subject {
  /** A name's last word ("reyes") or a count and what it counts ("two|officer"). */
  head: string;
  /** The full name as the source gives it anywhere, titles left out ("tomas reyes"), or the count. */
  full: string;
  /** Whether `full` says surely who it is: a name of two words or more, or a count of people. */
  sure: boolean;
  /** The subject as written in the sentence, and where it starts in it. */
  words: string;
  start: number;
}

export interface Told {
  act: OutcomeAct;
  holding: Holding;
  subject: Subject;
  sentence: Sentence;
  /** The source's own words, from the subject (or the act) to a few words after the act. */
  words: string;
}

/** A finding shown: one name or one count, both acts done, nothing that says two bodies or two times. */
const SURE = 0.6;
/** Any other pair: listed as possible, below the shown line. */
const UNSURE = 0.4;
/** How far back from an act its subject may stand, in words that link them ("has since", "were later"). */
const SUBJECT_REACH = 4;
/** The longest aside between a name and its act: "Reyes, the harbor master, resigned". */
const ASIDE = 7;

/** Words written before a name that are not part of it, besides titles: "Former President …". */
const BEFORE_NAMES = new Set(['former', 'late', 'acting', 'interim', 'deputy', 'then', 'ex']);
const notName = (w: string) => TITLES.has(w) || BEFORE_NAMES.has(w);

const capitalized = (t: Token) => /^\p{Lu}/u.test(t.word) && !isStopword(t.lower) && !CALENDAR_WORDS.has(t.lower);

/**
 * Words written with a capital where no sentence starts, in any of the reports: names. A sentence's
 * first word is a name too when the name after it is one ("Ines Varga said"): "The" and "Police" are
 * not, unless written so inside a sentence.
 */
function namesOf(docs: readonly Doc[]): Set<string> {
  const out = new Set<string>();
  for (const doc of docs) for (const s of doc.sentences) for (const t of tokenize(s.text).slice(1)) if (capitalized(t)) out.add(t.lower);
  for (const doc of docs) for (const s of doc.sentences) {
    const [first, second] = tokenize(s.text);
    if (first && second && capitalized(first) && !notName(first.lower) && !second.breakBefore && out.has(second.lower) && capitalized(second)) out.add(first.lower);
  }
  return out;
}

/** Every run of names in a document, titles left out: "Harbor Master Tomas Reyes" is ["tomas", "reyes"]. */
function nameRunsOf(doc: Doc, names: Set<string>): string[][] {
  const runs: string[][] = [];
  for (const s of doc.sentences) {
    let run: string[] = [];
    for (const t of tokenize(s.text)) {
      if (capitalized(t) && names.has(t.lower) && !t.breakBefore) run.push(t.lower);
      else {
        if (run.length) runs.push(run);
        run = capitalized(t) && names.has(t.lower) ? [t.lower] : [];
      }
    }
    if (run.length) runs.push(run);
  }
  return runs.map((r) => r.filter((w) => !notName(w))).filter((r) => r.length > 0);
}

interface Reading {
  tokens: Token[];
  text: string;
  names: Set<string>;
  runs: string[][];
}

const isName = (r: Reading, k: number) => {
  const t = r.tokens[k];
  return !!t && capitalized(t) && r.names.has(t.lower) && !/['’]s$/.test(t.lower);
};

/** The name that ends at token `end` (inclusive), if any: its words, read back to its first. */
function nameEndingAt(r: Reading, end: number): Subject | undefined {
  if (!isName(r, end)) return undefined;
  let start = end;
  while (start > 0 && isName(r, start - 1) && !r.tokens[start]!.breakBefore) start--;
  const own = r.tokens.slice(start, end + 1).map((t) => t.lower).filter((w) => !notName(w));
  const head = own[own.length - 1];
  if (!head) return undefined;
  // The name in full: the longest run of the document that ends in the same word and holds this one.
  const full = r.runs.filter((run) => run[run.length - 1] === head && own.every((w) => run.includes(w))).reduce((a, b) => (b.length > a.length ? b : a), own);
  return { head, full: full.join(' '), sure: full.length >= 2, words: r.text.slice(r.tokens[start]!.start, r.tokens[end]!.end), start: r.tokens[start]!.start };
}

/** The name starting at token `start`, if any. */
function nameStartingAt(r: Reading, start: number): Subject | undefined {
  if (!isName(r, start)) return undefined;
  let end = start;
  while (isName(r, end + 1) && !r.tokens[end + 1]!.breakBefore) end++;
  return nameEndingAt(r, end);
}

/** Number words and the figures they stand for. */
const NUMBER_WORDS: Record<string, string> = Object.fromEntries('two three four five six seven eight nine ten eleven twelve'.split(' ').map((w, i) => [w, String(i + 2)]));

/** A count of people ending at token `end`: "two officers", "3 police officers". */
function countEndingAt(r: Reading, end: number): Subject | undefined {
  const noun = r.tokens[end];
  if (!noun || !PEOPLE.has(noun.lower)) return undefined;
  for (let k = end - 1; k >= Math.max(0, end - 3); k--) {
    const t = r.tokens[k]!;
    if (COUNT_WORDS.has(t.lower) || /^\d+$/.test(t.lower)) {
      // "two officers" and "2 officers" are one count.
      const head = `${NUMBER_WORDS[t.lower] ?? t.lower}|${stem(noun.lower)}`;
      return { head, full: head, sure: true, words: r.text.slice(t.start, noun.end), start: t.start };
    }
    // Between the count and its noun only a word or two that describe them ("two police officers").
    if (r.tokens[k + 1]!.breakBefore || t.lower.length < 3 || (/^\p{Lu}/u.test(t.word) && k > 0)) return undefined;
  }
  return undefined;
}

/** A count of people starting at token `start`. */
function countStartingAt(r: Reading, start: number): Subject | undefined {
  for (let end = start + 1; end <= start + 3; end++) {
    const found = countEndingAt(r, end);
    if (found && found.start === r.tokens[start]!.start) return found;
  }
  return undefined;
}

/**
 * The one an act at tokens i..i+length is said of. A doer stands before the act, linked by words
 * like "has" or "was", or before an aside between commas. An undergoer stands before a passive
 * ("were killed") or an intransitive form ("died"), or right after an active verb ("killed two officers").
 */
function subjectOf(r: Reading, act: OutcomeAct, form: string, i: number, length: number): Subject | undefined {
  const { tokens } = r;
  let j = i - 1;
  let passive = false;
  while (j >= 0 && i - j <= SUBJECT_REACH && !tokens[j + 1]!.breakBefore) {
    const w = tokens[j]!.lower;
    if (!(BRIDGES.has(w) || NEGATED.has(w) || /n't$/.test(w) || isAdverb(w))) break;
    if (PASSIVE.has(w)) passive = true;
    j--;
  }
  const before = (end: number) => nameEndingAt(r, end) ?? (act.counted ? countEndingAt(r, end) : undefined);
  const standsBefore = act.role === 'doer' || passive || act.intransitive?.includes(form);
  if (standsBefore && j >= 0) {
    if (!tokens[j + 1]!.breakBefore) {
      const found = before(j);
      if (found) return found;
    } else {
      // "Tomas Reyes, the harbor master, resigned": an aside of lower-case words between commas.
      for (let k = j; k >= 1 && j - k < ASIDE; k--) {
        if (/^\p{Lu}/u.test(tokens[k]!.word)) break;
        if (tokens[k]!.breakBefore) {
          const found = before(k - 1);
          if (found) return found;
          break;
        }
      }
    }
  }
  if (act.role === 'undergoer' && !passive) {
    const after = i + length;
    // Not across a clause break: "had been investigated,” Townsend said" names the speaker.
    if (tokens[after]?.breakBefore) return undefined;
    return nameStartingAt(r, after) ?? (act.counted ? countStartingAt(r, after) : undefined);
  }
  return undefined;
}

/** Every form of every act, read against each token of each sentence. */
const FORMS = new Phrases(OUTCOME_ACTS.flatMap((a) => a.forms));

/** The outcome acts a sentence tells of a named or counted subject. */
function toldIn(sentence: Sentence, names: Set<string>, runs: string[][]): Told[] {
  const tokens = tokenize(sentence.text);
  const lower = new Set(tokens.map((t) => t.lower));
  const r: Reading = { tokens, text: sentence.text, names, runs };
  const out: Told[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!FORMS.mayStartAt(tokens, i)) continue;
    for (const act of OUTCOME_ACTS) {
      if (act.context && !act.context.some((w) => lower.has(w))) continue;
      if (act.unless?.some((w) => lower.has(w))) continue;
      const form = act.forms.find((f) => FORMS.at(tokens, i, f));
      if (!form) continue;
      const length = FORMS.at(tokens, i, form);
      if (act.objects && !tokens.slice(i + length, i + length + 4).some((t) => act.objects!.includes(t.lower))) continue;
      const subject = subjectOf(r, act, form, i, length);
      if (!subject) continue;
      const cue = cueBefore(tokens, i);
      const holding: Holding = cue.negated ? 'not' : cue.word && PENDING.has(cue.word) ? 'pending' : 'done';
      const from = Math.min(subject.start, tokens[i]!.start);
      // A few words after the act, not past a clause break ("is under investigation, prosecutors said").
      let last = i + length - 1;
      while (last + 1 < tokens.length && last < i + length + 2 && !tokens[last + 1]!.breakBefore) last++;
      const until = tokens[last]!;
      out.push({ act, holding, subject, sentence, words: sentence.text.slice(from, Math.max(until.end, subject.start + subject.words.length)) });
      break;
    }
  }
  return out;
}

/** Whether two subjects may be one: one name's last word, or one count. */
const alike = (a: Subject, b: Subject) => a.head === b.head;
/** Whether two subjects are surely one, and surely not two people who share a family name. */
const clashingNames = (a: Subject, b: Subject) => a.sure && b.sure && a.full !== b.full;

const BODY_STEMS = new Set([...BODIES].map(stem));
const DAY_STEMS = new Set([...CALENDAR_WORDS].map(stem));
const years = (s: Sentence) => new Set(s.text.match(/\b(?:1[89]|20)\d\d\b/g) ?? []);

/** Bodies, days or years named in each sentence that are not the other's: two acts, perhaps two happenings. */
function apart(a: Sentence, b: Sentence): boolean {
  const of = (s: Sentence, set: ReadonlySet<string>) => new Set([...s.stemSet].filter((w) => set.has(w)));
  const differ = (x: Set<string>, y: Set<string>) => x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
  // A year named by one alone dates its act apart from the other's ("resigned from the board in 2019").
  const [ya, yb] = [years(a), years(b)];
  return differ(of(a, BODY_STEMS), of(b, BODY_STEMS)) || differ(of(a, DAY_STEMS), of(b, DAY_STEMS)) || differ(ya, yb) || (ya.size === 0) !== (yb.size === 0);
}

/** The outcome acts each source tells, each of its subject. */
export function outcomesTold(docs: readonly Doc[]): Map<SourceId, Told[]> {
  const told = new Map<SourceId, Told[]>();
  const names = namesOf(docs);
  for (const doc of docs) {
    const runs = nameRunsOf(doc, names);
    told.set(doc.id, doc.sentences.flatMap((s) => toldIn(s, names, runs)));
  }
  return told;
}

export function outcomePairDiscrepancies(cmp: Comparison): Finding[] {
  const told = outcomesTold(cmp.docs);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const [strongId, strongTold] of told) {
    for (const [weakId, weakTold] of told) {
      if (strongId === weakId) continue;
      for (const strong of strongTold) {
        if (strong.holding !== 'done') continue;
        const short = FALLS_SHORT[strong.act.act];
        if (!short) continue;
        const key = [strongId, weakId, strong.act.act].join();
        if (seen.has(key)) continue;
        const weak = weakTold.find((w) => short.includes(w.act.act) && w.holding !== 'not' && alike(strong.subject, w.subject) && !clashingNames(strong.subject, w.subject));
        if (!weak) continue;
        // The weaker source tells the stronger act (or one as strong) of that subject too, in any way
        // ("has not resigned", "refused to resign" are the status detector's): no shortfall.
        if (weakTold.some((t) => asStrong(t, strong) && alike(t.subject, weak.subject)) || statusToldOf(cmp, weakId, strong)) continue;
        // The stronger source tells the weaker act of that subject too: for a count, two groups ("two
        // killed and two wounded"); for a name, the weaker act may be its own earlier step (only possible).
        const alsoWeak = strongTold.some((t) => t.act === weak.act && alike(t.subject, strong.subject));
        if (alsoWeak && strong.subject.head.includes('|')) continue;
        seen.add(key);
        const sure = strong.subject.sure && weak.subject.sure && strong.subject.full === weak.subject.full && weak.holding === 'done' && !alsoWeak && !apart(strong.sentence, weak.sentence);
        out.push({
          kind: 'claim',
          form: 'shortfall',
          subject: strong.subject.words,
          values: [
            { sourceId: strongId, value: strong.act.act, words: strong.words },
            { sourceId: weakId, value: weak.act.act, words: weak.words },
          ],
          evidence: [
            { sourceId: strongId, quote: strong.sentence.text },
            { sourceId: weakId, quote: weak.sentence.text },
          ],
          confidence: sure ? SURE : UNSURE,
          // A later "resigned" after an earlier "apologised" may be the next step of the story.
          ...newer(cmp, strongId, weakId),
        });
      }
    }
  }
  return out;
}

/** Whether `t` tells an act as strong as `strong`: the same, or one the same acts fall short of and that is not one of them ("charged", "indicted"; not "arrested"). */
function asStrong(t: Told, strong: Told): boolean {
  const short = FALLS_SHORT[strong.act.act]!;
  return t.act.act === strong.act.act || (!short.includes(t.act.act) && !!FALLS_SHORT[t.act.act]?.some((w) => short.includes(w)));
}

/** The status detector's acts these outcomes share: the weaker source may tell them planned or refused. */
const STATUS_ACT: Record<string, string> = { resign: 'resign', win: 'win', charge: 'charge', indict: 'indict' };

/** Whether a source tells the status act of `strong` in any holding, in a sentence that names its subject. */
function statusToldOf(cmp: Comparison, sourceId: SourceId, strong: Told): boolean {
  const act = STATUS_ACT[strong.act.act];
  if (!act || strong.subject.head.includes('|')) return false;
  const head = strong.subject.head;
  const doc = cmp.docs.find((d) => d.id === sourceId);
  return !!doc?.sentences.some((s) => s.text.toLowerCase().includes(head) && statusMentions(s.text).some((m) => m.act.act === act || (act === 'charge' && m.act.act === 'indict') || (act === 'indict' && m.act.act === 'charge')));
}
