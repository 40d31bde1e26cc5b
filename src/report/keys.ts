import type { Discrepancy } from './types.js';

/**
 * What makes two discrepancies the same one, for everyone (merging detectors' findings, the model's
 * findings with the offline ones, "what is new" after a thread adds a source): its kind and the sources
 * and words it rests on.
 */
export function keyOf(d: Discrepancy): string {
  return `${d.kind}|${d.evidence.map((e) => `${e.sourceId}:${e.quote}`).sort().join('|')}`;
}
