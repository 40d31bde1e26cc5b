/**
 * The article-extraction benchmark's own metric: 4-token shingles (tokens are runs of letters, digits
 * and underscore, case kept) compared as multisets per page; precision and recall are means over pages
 * (a page where they are undefined is skipped; FP = FN = 0 scores 1); F1 from the two means.
 */

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision?: number;
  recall?: number;
}

export function scorePage(expected: string, actual: string): PageScore {
  const want = shingles(expected);
  const got = shingles(actual);
  let tp = 0;
  let fp = 0;
  for (const [k, n] of got) {
    const m = want.get(k) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  let fn = 0;
  for (const [k, m] of want) fn += Math.max(0, m - (got.get(k) ?? 0));
  if (fp === 0 && fn === 0) return { tp, fp, fn, precision: 1, recall: 1 };
  const score: PageScore = { tp, fp, fn };
  if (tp + fp > 0) score.precision = tp / (tp + fp);
  if (tp + fn > 0) score.recall = tp / (tp + fn);
  return score;
}

export function aggregate(pages: PageScore[]): { precision: number; recall: number; f1: number } {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const precision = mean(pages.map((p) => p.precision).filter((x): x is number => x !== undefined));
  const recall = mean(pages.map((p) => p.recall).filter((x): x is number => x !== undefined));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
