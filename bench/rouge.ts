/** ROUGE-1, ROUGE-2 and ROUGE-L F1 on lowercased word tokens (no stemming, no stopword removal). */
const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function ngrams(ts: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= ts.length; i++) {
    const k = ts.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (!overlap || !candidate || !reference) return 0;
  const p = overlap / candidate;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

function rougeN(c: string[], r: string[], n: number): number {
  const cm = ngrams(c, n);
  const rm = ngrams(r, n);
  let overlap = 0;
  for (const [k, v] of cm) overlap += Math.min(v, rm.get(k) ?? 0);
  return f1(overlap, Math.max(0, c.length - n + 1), Math.max(0, r.length - n + 1));
}

function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return prev[b.length]!;
}

export function rouge(candidate: string, reference: string): { r1: number; r2: number; rl: number } {
  const c = tokens(candidate);
  const r = tokens(reference);
  return { r1: rougeN(c, r, 1), r2: rougeN(c, r, 2), rl: f1(lcs(c, r), c.length, r.length) };
}
