import type { Doc, Sentence } from './readers/document.js';
import { cosine, Idf, tfidf, type Vector } from './similarity.js';
import { type Vocabulary, vocabulary } from './readers/vocabulary.js';

/** What the detectors share about the sources of one event: their sentences and how alike they are. */
export class Comparison {
  readonly idf: Idf;
  private readonly vectors = new Map<Sentence, Vector>();
  private readonly pairs = new Map<number, Array<[Sentence, Sentence]>>();
  private readonly vocabularies = new Map<Doc, Vocabulary>();

  constructor(readonly docs: Doc[]) {
    this.idf = new Idf(docs.map((d) => d.sentences.flatMap((s) => s.stems)));
  }

  vector(s: Sentence): Vector {
    let v = this.vectors.get(s);
    if (!v) {
      v = tfidf(s.stems, this.idf);
      this.vectors.set(s, v);
    }
    return v;
  }

  similarity(a: Sentence, b: Sentence): number {
    return cosine(this.vector(a), this.vector(b));
  }

  /** A vector for text that is not one of the sentences (a headline), weighted like them. */
  vectorOf(stems: string[]): Vector {
    return tfidf(stems, this.idf);
  }

  similarityTo(v: Vector, s: Sentence): number {
    return cosine(v, this.vector(s));
  }

  /** Every word and figure a source uses; read once, whichever detectors ask (headline, statements). */
  vocabulary(doc: Doc): Vocabulary {
    let v = this.vocabularies.get(doc);
    if (!v) {
      v = vocabulary(doc.text);
      this.vocabularies.set(doc, v);
    }
    return v;
  }

  /**
   * Pairs of sentences from different sources that share at least `minShared` content stems, found
   * through an index of stems so that cost follows the overlaps, not the square of all sentences.
   * Stems used by more than a fifth of all sentences are too common to pair on.
   */
  candidatePairs(minShared = 2): Array<[Sentence, Sentence]> {
    // Every detector asks for these; they are computed once per threshold.
    const known = this.pairs.get(minShared);
    if (known) return known;
    const found = this.findPairs(minShared);
    this.pairs.set(minShared, found);
    return found;
  }

  private findPairs(minShared: number): Array<[Sentence, Sentence]> {
    const all = this.docs.flatMap((d) => d.sentences);
    const postings = new Map<string, Sentence[]>();
    for (const s of all) for (const t of s.stemSet) (postings.get(t) ?? postings.set(t, []).get(t)!).push(s);
    const cap = Math.max(8, all.length / 5);
    const shared = new Map<Sentence, Map<Sentence, number>>();
    for (const list of postings.values()) {
      if (list.length > cap) continue;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const [a, b] = [list[i]!, list[j]!];
          if (a.sourceId === b.sourceId) continue;
          const row = shared.get(a) ?? shared.set(a, new Map()).get(a)!;
          row.set(b, (row.get(b) ?? 0) + 1);
        }
      }
    }
    const pairs: Array<[Sentence, Sentence]> = [];
    for (const [a, row] of shared) for (const [b, n] of row) if (n >= minShared) pairs.push([a, b]);
    return pairs;
  }
}
