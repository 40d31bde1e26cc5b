import type { SourceId } from '../../report/types.js';
import type { Doc } from '../readers/document.js';
import { words } from '../text.js';

/** Share of the shorter text's 5-word runs the other must have for the two to be one copy. */
export const COPY_CONTAINMENT = 0.5;

/**
 * Sources that carry the same text (a wire story reprinted by several outlets): groups of ids, each
 * group one origin. They do not count as independent confirmation of one another.
 */
export function copyGroups(docs: Doc[]): { groups: SourceId[][]; shares: Map<string, number> } {
  const shingles = docs.map((d) => {
    const ws = words(d.text.toLowerCase());
    const set = new Set<string>();
    for (let i = 0; i + 5 <= ws.length; i++) set.add(ws.slice(i, i + 5).join(' '));
    return set;
  });
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const shares = new Map<string, number>();
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const [a, b] = [shingles[i]!, shingles[j]!];
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      if (small.size < 10) continue;
      let shared = 0;
      for (const s of small) if (large.has(s)) shared++;
      const share = shared / small.size;
      if (share >= COPY_CONTAINMENT) {
        parent[find(i)] = find(j);
        shares.set(`${docs[i]!.id}|${docs[j]!.id}`, share);
      }
    }
  }
  const byRoot = new Map<number, SourceId[]>();
  docs.forEach((d, i) => (byRoot.get(find(i)) ?? byRoot.set(find(i), []).get(find(i))!).push(d.id));
  return { groups: [...byRoot.values()], shares };
}
