import type { DiscrepancyKind } from '../report/types.js';
import type { Key, Translate } from './translate.js';

const KEY: Record<DiscrepancyKind, Key> = {
  number: 'kindNumber',
  date: 'kindDate',
  name: 'kindName',
  quote: 'kindQuote',
  claim: 'kindClaim',
  omission: 'kindOmission',
  framing: 'kindFraming',
  event: 'kindEvent',
};

/** A difference's kind as the reader's language labels it ("Zahlen", "Citations"); an unknown kind as it is. */
export function kindLabel(kind: string, t: Translate): string {
  const key = KEY[kind as DiscrepancyKind];
  return key ? t(key) : kind;
}
