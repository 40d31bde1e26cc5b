/**
 * A sentence as word tokens with their offsets and the clause breaks between them, and phrases of
 * one or more words read against those tokens. The detectors that read acts and verbs word by word
 * (status, outcome pairs, framing) share them.
 */

export interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
  /** A clause break (comma, semicolon, dash, bracket, quotation mark) comes right before this token. */
  breakBefore: boolean;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(text)) !== null) {
    const gap = text.slice(last, m.index);
    out.push({ word: m[0], lower: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length, breakBefore: /[,;:—–()"“”]/u.test(gap) });
    last = m.index + m[0].length;
  }
  return out;
}

/** A word that reads as an adverb ("quickly", "later" is not): it may stand between a subject and its verb. */
export const isAdverb = (w: string) => w.length > 4 && w.endsWith('ly');

/**
 * A word list's phrases (lower case, words joined by one space), each split once: detectors read
 * every token of every sentence against them, and a token no phrase starts with is passed at once.
 */
export class Phrases {
  private readonly parts = new Map<string, readonly string[]>();
  private readonly first = new Set<string>();

  constructor(forms: Iterable<string>) {
    for (const form of forms) {
      const parts = form.split(' ');
      this.parts.set(form, parts);
      this.first.add(parts[0]!);
    }
  }

  /** Whether some phrase of the list starts with the word at token i. */
  mayStartAt(tokens: readonly Token[], i: number): boolean {
    return this.first.has(tokens[i]?.lower ?? '');
  }

  /** The length in tokens of `form` (a phrase of the list) when it starts at token i, else 0. */
  at(tokens: readonly Token[], i: number, form: string): number {
    const parts = this.parts.get(form) ?? form.split(' ');
    for (let k = 0; k < parts.length; k++) if (tokens[i + k]?.lower !== parts[k]) return 0;
    return parts.length;
  }
}
