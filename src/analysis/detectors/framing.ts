import type { Finding } from './finding.js';
import type { SourceId } from '../../report/types.js';
import type { Comparison } from '../context.js';
import type { Doc, Sentence } from '../readers/document.js';
import { FRAMING_VERBS, NEUTRAL_VERBS, type Framing } from '../lexicon/framing.js';
import { CALENDAR_WORDS } from '../lexicon/calendar.js';
import { TITLES } from '../lexicon/titles.js';
import { isStopword } from '../lexicon/stopwords.js';
import { isAdverb, Phrases, tokenize, type Token } from '../readers/tokens.js';
import { newer } from './newer.js';

/**
 * One statement framed two ways: one report tells it with a verb of saying that says how to take it
 * ("Reyes doubled down", "walked back", "admitted", "boasted", "claimed", "slammed"), another tells the
 * same statement of the same speaker with a plain verb ("Reyes said") or one that frames it otherwise.
 * Both sentences must name one speaker, read from the name right before (or, after a quotation, right
 * after) the verb, and share enough weighted words (`cmp.similarity`) to be about one statement.
 * Its confidence is the form's (weigh.ts), below the shown line: shown, it cost precision on the
 * tuning half (docs/ENGINE.md, "Framing: verbs of saying"), so it is listed as possible.
 */

/** How a sentence gives a speaker's words: the framing its verb implies, or none (a plain verb). */
export type Telling = Framing | 'plain';

export interface Saying {
  /** The speaker's last name, lower case: what two reports' names of one speaker share. */
  key: string;
  /** The speaker's name in full as the report gives it anywhere, titles left out ("tomas reyes"). */
  full: string;
  telling: Telling;
  /** The source's own words, from the name through the verb. */
  words: string;
}

/** Weighted words two sentences share (cosine of their tf-idf) to tell one statement. */
const SAME_STATEMENT = 0.3;
/**
 * The same, when both sentences open their reports: two reports of one story that both lead with one
 * speaker's words tell the statement the story is about, in words of their own.
 */
const LEADS_SAME_STATEMENT = 0.2;
/** Sentences this far into a report, at most, are its lead. */
const LEAD = 1;
/**
 * Framings that tell the same statement the opposite way: holding to it against taking it back or
 * owning up. Any other two framings ("repeated" / "claimed") may both be true of one statement.
 */
const OPPOSITE: ReadonlySet<string> = new Set(['retreat|persistence', 'persistence|retreat', 'concession|persistence', 'persistence|concession']);
/** How the other report tells the statement differs from this one's framing: plainly, or the opposite way. */
const otherwise = (a: Telling, b: Telling) => b === 'plain' || OPPOSITE.has(`${a}|${b}`);
/** Words between a name and its verb that link them: "Reyes on Sunday said", "Reyes has since said". */
const LINKS = new Set(['on', 'also', 'again', 'has', 'had', 'have', 'then', 'later', 'since', 'once', 'now', 'just', 'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'last', 'this', 'week', 'weekend']);
/** The longest aside between a name and its verb, in words: "Reyes, the outgoing chairman of the port board, said". */
const ASIDE = 12;
/** Words between a name and its verb, at most. */
const LINK_REACH = 4;

const FORMS: Array<{ parts: string[]; telling: Telling }> = [
  ...Object.entries(FRAMING_VERBS).flatMap(([framing, forms]) => forms.map((f) => ({ parts: f.split(' '), telling: framing as Telling }))),
  ...NEUTRAL_VERBS.map((f) => ({ parts: [f], telling: 'plain' as Telling })),
].sort((a, b) => b.parts.length - a.parts.length);

/** The framing and plain verbs' first words: a token that is none of them starts no verb of saying. */
const VERBS = new Phrases([...Object.values(FRAMING_VERBS).flat(), ...NEUTRAL_VERBS]);

const formAt = (tokens: Token[], i: number) => (VERBS.mayStartAt(tokens, i) ? FORMS.find((f) => f.parts.every((p, k) => tokens[i + k]?.lower === p)) : undefined);

/** "I've", "We'd": a pronoun, however written. */
const PRONOUN = /^(?:i|we|you|he|she|they|it)(?:'[a-z]+)?$/;

const nameWord = (t: Token | undefined) =>
  !!t && /^\p{Lu}/u.test(t.word) && !isStopword(t.lower) && !PRONOUN.test(t.lower) && !CALENDAR_WORDS.has(t.lower) && !/['’]s$/.test(t.lower);

/** The run of name words ending at token `end`, titles left out: "Sen. Tomas Reyes" is ["tomas", "reyes"]. */
function nameEndingAt(tokens: Token[], end: number): { words: string[]; start: number; end: number } | undefined {
  if (!nameWord(tokens[end])) return undefined;
  let start = end;
  while (start > 0 && nameWord(tokens[start - 1]) && !tokens[start]!.breakBefore) start--;
  // Titles before the name are not part of it: "Mayor Mara Lindqvist" is Mara Lindqvist.
  while (start < end && TITLES.has(tokens[start]!.lower.replace(/\.$/, ''))) start++;
  const words = tokens.slice(start, end + 1).map((t) => t.lower);
  return words.length && !TITLES.has(words[0]!) ? { words, start, end } : undefined;
}

/** The run of name words starting at token `start`. */
function nameStartingAt(tokens: Token[], start: number): { words: string[]; start: number; end: number } | undefined {
  if (!nameWord(tokens[start])) return undefined;
  let end = start;
  while (nameWord(tokens[end + 1]) && !tokens[end + 1]!.breakBefore) end++;
  return nameEndingAt(tokens, end);
}

/** Every run of names in a document: a last name alone is read as the fullest run that ends in it. */
function runsOf(doc: Doc): string[][] {
  const runs: string[][] = [];
  for (const s of doc.sentences) {
    const tokens = tokenize(s.text);
    for (let i = 0; i < tokens.length; i++) {
      const run = nameStartingAt(tokens, i);
      if (!run) continue;
      runs.push(run.words);
      while (i + 1 < tokens.length && nameWord(tokens[i + 1]) && !tokens[i + 1]!.breakBefore) i++;
    }
  }
  return runs;
}

/** The speakers a sentence gives words to, each with how it tells them. */
export function sayingsIn(text: string, runs: string[][] = []): Saying[] {
  const tokens = tokenize(text);
  const out: Saying[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A verb is written in lower case inside a sentence: "the United States" says nothing.
    const form = i === 0 || /^\p{Ll}/u.test(tokens[i]!.word) ? formAt(tokens, i) : undefined;
    if (!form) continue;
    const length = form.parts.length;
    let name: { words: string[]; start: number; end: number } | undefined;
    let from = i;
    // The name before the verb, past a few linking words: "Tomas Reyes on Sunday doubled down".
    let j = i - 1;
    while (j >= 0 && i - j <= LINK_REACH && !tokens[j + 1]!.breakBefore && (LINKS.has(tokens[j]!.lower) || CALENDAR_WORDS.has(tokens[j]!.lower) || isAdverb(tokens[j]!.lower))) j--;
    if (j >= 0 && !tokens[j + 1]!.breakBefore) name = nameEndingAt(tokens, j);
    // "Tomas Reyes, the harbor master, said": an aside that opens in lower case between the name and the verb.
    else if (j >= 1) {
      for (let k = j; k >= 1 && j - k < ASIDE; k--) {
        if (!tokens[k]!.breakBefore) continue;
        if (!/^\p{Ll}/u.test(tokens[k]!.word)) break;
        name = nameEndingAt(tokens, k - 1);
        break;
      }
    }
    if (name) from = name.start;
    // After a quotation or a clause: "…,” said Tomas Reyes.
    if (!name && tokens[i]!.breakBefore && !tokens[i + length]?.breakBefore) name = nameStartingAt(tokens, i + length);
    if (!name) {
      i += length - 1;
      continue;
    }
    const key = name.words[name.words.length - 1]!;
    const full = runs.filter((r) => r[r.length - 1] === key && name!.words.every((w) => r.includes(w))).reduce((a, b) => (b.length > a.length ? b : a), name.words);
    const until = tokens[Math.max(i + length - 1, name.end)]!;
    out.push({ key, full: full.join(' '), telling: form.telling, words: text.slice(tokens[from]!.start, until.end) });
    i += length - 1;
  }
  return out;
}

/** Two readings of names are one speaker: one last name, and never two different full names. */
const oneSpeaker = (a: Saying, b: Saying) => a.key === b.key && (a.full === b.full || a.full.split(' ').length < 2 || b.full.split(' ').length < 2);

export function framingDiscrepancies(cmp: Comparison): Finding[] {
  const sayings = new Map<Sentence, Saying[]>();
  for (const doc of cmp.docs) {
    const runs = runsOf(doc);
    for (const s of doc.sentences) {
      const found = sayingsIn(s.text, runs);
      if (found.length) sayings.set(s, found);
    }
  }
  const out: Finding[] = [];
  const seen = new Set<string>();
  const told = [...sayings.entries()];
  for (const [sa, ma] of told) {
    for (const [sb, mb] of told) {
      if (sa.sourceId === sb.sourceId) continue;
      for (const a of ma) {
        if (a.telling === 'plain') continue;
        // The other report tells that speaker's words, and never with this framing.
        const same = mb.filter((m) => oneSpeaker(a, m));
        if (!same.some((m) => otherwise(a.telling, m.telling)) || same.some((m) => m.telling === a.telling)) continue;
        const key = [sa.sourceId, sb.sourceId].sort().join() + a.key;
        if (seen.has(key)) continue;
        if (cmp.similarity(sa, sb) < (sa.index <= LEAD && sb.index <= LEAD ? LEADS_SAME_STATEMENT : SAME_STATEMENT)) continue;
        seen.add(key);
        const b = same.find((m) => m.telling === 'plain') ?? same.find((m) => otherwise(a.telling, m.telling))!;
        out.push(finding(cmp, sa.sourceId, a, sa, sb.sourceId, b, sb));
      }
    }
  }
  return out;
}

function finding(cmp: Comparison, ida: SourceId, a: Saying, sa: Sentence, idb: SourceId, b: Saying, sb: Sentence): Finding {
  return {
    kind: 'framing',
    form: 'framing',
    subject: nameIn(a),
    values: [
      { sourceId: ida, value: a.telling, words: a.words },
      { sourceId: idb, value: b.telling, words: b.words },
    ],
    evidence: [
      { sourceId: ida, quote: sa.text },
      { sourceId: idb, quote: sb.text },
    ],
    ...newer(cmp, ida, idb),
  };
}

/** The speaker's name as the source writes it, from its own words (verbatim, for the summary). */
function nameIn(s: Saying): string {
  const words = tokenize(s.words);
  const run = words.filter((t) => nameWord(t) && s.full.split(' ').includes(t.lower));
  if (!run.length) return s.words;
  return s.words.slice(run[0]!.start, run[run.length - 1]!.end);
}
