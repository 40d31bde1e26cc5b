import type { DiscrepancyKind, Evidence } from '../../report/types.js';
import type { Finding } from './finding.js';
import type { Conflict } from '../alignment/check-sentence.js';
import type { Doc, Sentence } from '../readers/document.js';

/** How a conflict's kind is named in a sentence ("gives the figure …"). */
export const LABEL: Record<Conflict['kind'], string> = { number: 'figure', name: 'name', claim: 'wording' };

/** A specific one text gives that the other leaves out, as an omission of that other. */
export function leftOut(c: Conflict, ours: Sentence, report: Doc, retold: boolean): Finding {
  return {
    kind: 'omission',
    form: retold ? 'left-out-retold' : 'left-out',
    subject: LABEL[c.kind],
    values: [{ sourceId: ours.sourceId, value: c.ours }],
    evidence: [{ sourceId: ours.sourceId, quote: ours.text }],
    silent: [report.id],
  };
}

/** A conflict found in a sentence, with the sentence it was checked against as the other side. */
export function fromConflict(c: Conflict, ours: Sentence, theirs: Sentence | undefined, report?: Doc): Finding {
  const kind: DiscrepancyKind = c.kind;
  const evidence: Evidence[] = [{ sourceId: ours.sourceId, quote: ours.text }];
  if (theirs) evidence.push({ sourceId: theirs.sourceId, quote: theirs.text });
  const other = theirs?.sourceId ?? report?.id;
  if (c.theirs !== undefined && other) {
    const values = [
      { sourceId: ours.sourceId, value: c.ours },
      { sourceId: other, value: c.theirs },
    ];
    return { kind, form: 'wording', subject: LABEL[c.kind], values, evidence };
  }
  return { kind, form: 'unmentioned', subject: LABEL[c.kind], values: [{ sourceId: ours.sourceId, value: c.ours }], ...(other ? { silent: [other] } : {}), evidence };
}
