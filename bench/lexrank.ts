import { Idf, cosine, tfidf } from '../src/analysis/similarity.js';
import { contentStems, countWords } from '../src/analysis/text.js';
import { splitSentences } from '../src/analysis/readers/sentences.js';

/** LexRank (Erkan & Radev 2004): PageRank over the sentence similarity graph, cosine threshold 0.1. */
export function lexrank(documents: string[], maxWords: number): string {
  const sentences = documents.flatMap((d) => d.split(/\n+/).flatMap((p) => splitSentences(p.replace(/\s+/g, ' ').trim()).map((s) => s.text))).filter((s) => countWords(s) >= 5);
  if (sentences.length === 0) return '';
  const stems = sentences.map(contentStems);
  const idf = new Idf(stems);
  const vectors = stems.map((s) => tfidf(s, idf));
  const n = sentences.length;
  const edges: number[][] = sentences.map(() => []);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (cosine(vectors[i]!, vectors[j]!) > 0.1) (edges[i]!.push(j), edges[j]!.push(i));
  let rank = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 50; iter++) {
    const next = new Array<number>(n).fill(0.15 / n);
    for (let i = 0; i < n; i++) {
      const out = edges[i]!.length;
      if (out === 0) continue;
      for (const j of edges[i]!) next[j]! += (0.85 * rank[i]!) / out;
    }
    rank = next;
  }
  const order = rank.map((r, i) => [r, i] as const).sort((a, b) => b[0] - a[0]);
  const chosen: string[] = [];
  let words = 0;
  for (const [, i] of order) {
    if (words >= maxWords) break;
    if (chosen.some((c) => c === sentences[i])) continue;
    chosen.push(sentences[i]!);
    words += countWords(sentences[i]!);
  }
  return chosen.join(' ');
}
