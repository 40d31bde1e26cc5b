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
