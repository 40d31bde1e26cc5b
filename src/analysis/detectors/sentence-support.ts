import type { Comparison } from '../context.js';
import type { Conflict } from '../alignment/check-sentence.js';
import type { Doc, Sentence } from '../readers/document.js';
import type { Vector } from '../similarity.js';

/** A statement sentence is checked against the sentences of the other text most like it, if at least this alike. */
const SUPPORT_SIMILARITY = 0.2;
const SUPPORTS = 2;
/** A source this short is a statement (a claim, a headline pasted alone): every specific in it must be borne out. */
const STATEMENT_SENTENCES = 3;
const STATEMENT_WORDS = 80;

export function isStatement(doc: Doc): boolean {
  return doc.sentences.length <= STATEMENT_SENTENCES && doc.words <= STATEMENT_WORDS;
}

/** Most words capitalised, as headlines are written: "Trump And Putin Agree To Work Together". */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length > 0.6;
}

/** The sentences of `doc`, most like `v` first. */
export function rank(cmp: Comparison, v: Vector, doc: Doc): Array<{ r: Sentence; sim: number }> {
  return doc.sentences.map((r) => ({ r, sim: cmp.similarityTo(v, r) })).sort((x, y) => y.sim - x.sim);
}

/** The sentences a text is checked against: the few most like it, if alike enough to retell it. */
export function closest(ranked: Array<{ r: Sentence; sim: number }>): Sentence[] {
  return ranked
    .filter((x) => x.sim >= SUPPORT_SIMILARITY)
    .slice(0, SUPPORTS)
    .map((x) => x.r);
}

/** The sentence a conflict was found in, or the closest one when it is about the whole text. */
export function supportOf(c: Conflict, supports: Sentence[]): Sentence | undefined {
  return supports[c.support ?? 0];
}
