import { figuresIn, kindOf } from './figures.js';
import { bareWord as norm, RootedWords, stem, tokens } from '../text.js';

/** What a text mentions at all: its words (lowercased, stemmed) and the figures it gives. */
export interface Vocabulary {
  words: Set<string>;
  /** The same words, to find a demonym's country ("Somali" where the text says "Somalia"). */
  roots: RootedWords;
  values: Set<number>;
  /** What its figures measure ("usd", "year", "count:day"). */
  kinds: Set<string>;
  /** Ordinals apart: "third quarter" is not borne out by "three products". */
  ordinals: Set<number>;
}


export function vocabulary(text: string): Vocabulary {
  const figures = figuresIn(text);
  const words = new Set<string>();
  for (const w of tokens(text)) {
    const n = norm(w);
    words.add(n).add(stem(n));
    // "one-year", "Russia-backed": each part counts as mentioned.
    for (const part of n.split('-')) words.add(part).add(stem(part));
  }
  return {
    words,
    roots: new RootedWords(words),
    values: new Set(figures.map((f) => f.value)),
    kinds: new Set(figures.map(kindOf)),
    ordinals: new Set(figures.filter((f) => f.kind === 'ordinal').map((f) => f.value)),
  };
}
