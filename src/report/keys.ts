import type { Discrepancy } from './types.js';

/**
 * What makes two discrepancies the same one, for everyone (merging detectors' findings, the model's
 * findings with the offline ones, "what is new" after a thread adds a source): the sources and words
 * it rests on, and whether it is a contradiction, a fact left out (by which sources) or another event.
 * Two detectors that catch one contradiction in the same sentences (a figure inside a quote) found one
 * discrepancy, whatever kind each calls it.
 */
export function keyOf(d: Pick<Discrepancy, 'kind' | 'evidence' | 'silent'>): string {
  const group = d.kind === 'omission' ? `omission:${[...(d.silent ?? [])].sort().join(',')}` : d.kind === 'event' ? 'event' : 'contradiction';
  return `${group}|${d.evidence.map((e) => `${e.sourceId}:${e.in ?? ''}:${e.quote}`).sort().join('|')}`;
}
