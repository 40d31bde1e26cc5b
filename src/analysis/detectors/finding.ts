import type { Discrepancy, DiscrepancyForm, DiscrepancyKind, SourceId } from '../../report/types.js';

/** What a detector finds: a discrepancy before the engine words it (`describe`) and weighs it. */
export type Finding = Omit<Discrepancy, 'summary'>;

/** One side of a finding: a source, its position in short form ("states", "denies") and its sentence. */
export interface Side {
  sourceId: SourceId;
  value: string;
  quote: string;
}

/** A finding between sources that take the given positions, each shown by its own sentence. */
export function between(kind: DiscrepancyKind, form: DiscrepancyForm, sides: Side[]): Finding {
  return {
    kind,
    form,
    values: sides.map(({ sourceId, value }) => ({ sourceId, value })),
    evidence: sides.map(({ sourceId, quote }) => ({ sourceId, quote })),
  };
}
