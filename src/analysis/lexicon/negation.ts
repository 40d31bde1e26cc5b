/** Words that deny what the rest of a clause says. Defined once: every detector reads negation the same way. */
import { words } from '../text.js';

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'neither', 'nor', 'nothing', 'nobody', 'without', 'cannot']);
/** Verbs by which a report says someone rejected a statement, not that the statement is negated. */
const DENIALS = new Set(['deny', 'denies', 'denied']);

/** Whether a word is a negation: "not", "no", "never", "didn't"… */
export const isNegation = (w: string): boolean => NEGATIONS.has(w.toLowerCase()) || /n['’]t$/iu.test(w);

/** Whether a sentence has a negation: "not", "no", "never", "didn't"… */
export function negates(text: string): boolean {
  return words(text).some(isNegation);
}

/** Whether a sentence negates or tells a denial ("denied that…"): either way it does not assert the plain fact. */
export function negatesOrDenies(text: string): boolean {
  return words(text).some((w) => isNegation(w) || DENIALS.has(w.toLowerCase()));
}
