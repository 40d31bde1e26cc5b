/** Sentence boundaries in a paragraph, never after an abbreviation (Gov., Sen., U.S.). Pure. */
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';

export interface SentenceSpan {
  text: string;
  /** Offset in the text the sentences were split from. */
  start: number;
}

/**
 * Splits one paragraph (whitespace already collapsed) into sentences. Each sentence is an exact
 * substring of the input, so quotes built from sentences stay verbatim.
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  // A terminator, optional closing quotes/brackets, then a space and something that can start a sentence.
  const boundary = /([.!?…]+)(["'”’)\]]*)\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(paragraph)) !== null) {
    const end = match.index + match[1]!.length + match[2]!.length;
    if (match[1] === '.' && !match[2] && isAbbreviationBefore(paragraph, match.index)) continue;
    pushSpan(out, paragraph, start, end);
    start = match.index + match[0].length;
  }
  pushSpan(out, paragraph, start, paragraph.length);
  return out;
}

function pushSpan(out: SentenceSpan[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ text: trimmed, start: start + lead });
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initials ("J. Smith") and dotted acronyms ("U.S.") do not end sentences.
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}
