import { english, UserError } from '../errors.js';
import type { UnreadableSource } from '../report/types.js';

export const MIN_SOURCES = 2;
export const MAX_SOURCES = 10;

/** Refuses a comparison of too few or too many sources before anything is read. */
export function checkSourceCount(count: number): void {
  if (count < MIN_SOURCES) throw UserError.of('tooFewSources', { min: MIN_SOURCES, n: count });
  if (count > MAX_SOURCES) throw UserError.of('tooManySources', { max: MAX_SOURCES, n: count });
}

/** Refuses a summary of anything but exactly one source. */
export function checkSingleSource(count: number): void {
  if (count === 0) throw UserError.of('summaryNone');
  if (count > 1) throw UserError.of('summaryOne');
}

/** Refuses to grow a thread's comparison past the maximum. */
export function checkRoomFor(current: number, adding: number): void {
  if (current + adding > MAX_SOURCES) {
    throw UserError.of('comparisonFull', { max: MAX_SOURCES, n: current });
  }
}

/**
 * Raised when too few sources could be read to compare; carries what went wrong with each (the reasons
 * are the sources' own errors, in English).
 */
export class NotEnoughSourcesError extends UserError {
  constructor(readonly unreadable: UnreadableSource[], readable: number) {
    const params = { readable, total: readable + unreadable.length, min: MIN_SOURCES, list: unreadable.map((u) => `• ${u.id} ${u.input}: ${u.reason}`).join('\n') };
    super(english('notEnoughRead', params), { key: 'notEnoughRead', params });
  }
}
