import { UserError } from '../errors.js';

/** Discord takes edits of an interaction's reply for 15 minutes after it was created. */
const TOKEN_LIFETIME_MS = 15 * 60_000;
/** Work is stopped this long before, so the error can still be posted with the same token. */
const MARGIN_MS = 30_000;

/**
 * The signal that ends the work started by an interaction or a message: aborted a little before the
 * interaction's token expires, or when the bot shuts down. Its reason is a UserError, so whatever
 * was stopped tells the user why. The time counts from when the event arrived, not from its snowflake,
 * so a skewed clock cannot stop work at once. Call `dispose` when the work is done.
 */
export function deadlineSignal(shutdown: AbortSignal, startedAt = Date.now()): { signal: AbortSignal; dispose: () => void } {
  const expiry = new AbortController();
  const timer = setTimeout(
    () => expiry.abort(UserError.of('tooLong')),
    Math.max(0, startedAt + TOKEN_LIFETIME_MS - MARGIN_MS - Date.now()),
  );
  timer.unref();
  return { signal: AbortSignal.any([expiry.signal, shutdown]), dispose: () => clearTimeout(timer) };
}
