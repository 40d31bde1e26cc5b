/** Whether a sentence asserts a fact, or calls one false, a hoax or a rumour. Pure. */
import { DISPUTE } from '../lexicon/disputes.js';
import { negates } from '../lexicon/negation.js';

/** Whether a sentence calls something false, a hoax, a rumour, or denies it. */
export function disputes(text: string): boolean {
  // A rumour that is then confirmed is no longer disputed ("After being rumored for months, the laptop
  // has been confirmed").
  const m = DISPUTE.exec(text);
  if (!m) return false;
  const onlyRumour = /^rumou?r/i.test(m[1]!) && !DISPUTE.test(text.slice(m.index + m[0].length));
  return !(onlyRumour && /\bconfirm(?:s|ed)?\b/i.test(text) && !negates(text));
}

/**
 * Whether a statement asserts something a report could call false. One that denies ("Banksy has not
 * been arrested"), asks ("Axl Rose dead?") or itself calls a story a hoax asserts nothing of the kind:
 * a report that calls the story false agrees with it.
 */
export function assertsPlainly(text: string): boolean {
  return !disputes(text) && !text.includes('?') && !negates(text);
}
