import { UserError } from '../errors.js';
import type { UnreadableSource } from '../report/types.js';

export const MIN_SOURCES = 2;
export const MAX_SOURCES = 10;

/** Refuses a comparison of too few or too many sources before anything is read. */
export function checkSourceCount(count: number): void {
  if (count < MIN_SOURCES) throw new UserError(`Give at least ${MIN_SOURCES} sources to compare: links, pasted text or files (you gave ${count}).`);
  if (count > MAX_SOURCES) throw new UserError(`Give at most ${MAX_SOURCES} sources to compare (you gave ${count}).`);
}

/** Refuses a summary of anything but exactly one source. */
export function checkSingleSource(count: number): void {
  if (count === 0) throw new UserError('Give one source to summarise: a link, the article text, or a file.');
  if (count > 1) throw new UserError('/summarize takes one source; to compare several, use /compare.');
}

/** Refuses to grow a thread's comparison past the maximum. */
export function checkRoomFor(current: number, adding: number): void {
  if (current + adding > MAX_SOURCES) {
    throw new UserError(`A comparison holds at most ${MAX_SOURCES} sources; this one has ${current}. Drop one first ("drop S2").`);
  }
}

/** Raised when too few sources could be read to compare; carries what went wrong with each. */
export class NotEnoughSourcesError extends UserError {
  constructor(readonly unreadable: UnreadableSource[], readable: number) {
    super(
      `Only ${readable} of ${readable + unreadable.length} sources could be read; at least ${MIN_SOURCES} are needed to compare.\n` +
        unreadable.map((u) => `• ${u.id} ${u.input}: ${u.reason}`).join('\n'),
    );
  }
}
