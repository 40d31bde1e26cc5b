/** Weighted bag-of-stems vectors and cosine similarity, with IDF taken over the sources compared. */

export type Vector = Map<string, number>;

export class Idf {
  private readonly df = new Map<string, number>();
  private n = 0;

  /**
   * `sharp` IDF (log((N+1)/df)) nearly ignores terms every source uses, which is what telling events
   * apart needs; the smoothed default keeps them, which is what matching sentences needs.
   */
  constructor(documents: Iterable<Iterable<string>>, private readonly sharp = false) {
    for (const doc of documents) {
      this.n++;
      for (const term of new Set(doc)) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
  }

  /** Smoothed so that a term every source uses still counts a little: with two sources IDF must not vanish. */
  weight(term: string): number {
    const df = this.df.get(term) ?? 1;
    return this.sharp ? Math.log((this.n + 1) / df) : Math.log(1 + this.n / df);
  }

  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  get documents(): number {
    return this.n;
  }
}

export function tfidf(terms: Iterable<string>, idf: Idf, boost?: ReadonlySet<string>): Vector {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: Vector = new Map();
  for (const [t, f] of tf) v.set(t, (1 + Math.log(f)) * idf.weight(t) * (boost?.has(t) ? 2 : 1));
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  return dot / (norm(a) * norm(b));
}

const norms = new WeakMap<Vector, number>();
function norm(v: Vector): number {
  let n = norms.get(v);
  if (n === undefined) {
    n = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
    norms.set(v, n);
  }
  return n;
}
