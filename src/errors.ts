/**
 * An expected failure whose message is written for the person who caused it: it is shown as is.
 * Anything that is not a UserError is a bug or an outage: logged, and the user gets a short apology.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
}

/** A source that could not be read. The message names the reason in plain words. */
export class SourceError extends UserError {
  override readonly name = 'SourceError';
}

/** Too much work is queued: refused at once with a plain message instead of waiting without end. */
export class BusyError extends UserError {
  override readonly name = 'BusyError';
  constructor(message = 'Parallax is busy right now; try again in a minute.') {
    super(message);
  }
}
