import { english } from '../errors.js';
import type { Said } from '../report/types.js';
/** The model work of one comparison or one answer ran past its time budget. */
export class ModelTooSlowError extends Error {
  override readonly name = 'ModelTooSlowError';
  /** The message by key, for a reader in another language. */
  readonly said: Said;
  constructor(readonly seconds: number) {
    const said: Said = { key: 'modelTooSlow', params: { s: seconds } };
    super(english(said.key, said.params));
    this.said = said;
  }
}

/** What every model call of one piece of work obeys: one signal and the time left. */
export interface Deadline {
  /** Aborted at the deadline (reason: ModelTooSlowError) or with the caller's signal (its reason). */
  readonly signal: AbortSignal;
  /** Milliseconds left before the deadline; never negative. */
  remainingMs(): number;
  /** Whether the deadline itself (not the caller) stopped the work. */
  readonly expired: boolean;
  /** Stops the timer once the work is over. */
  end(): void;
}

/**
 * One time budget for all of a piece of model work: every call, retry, backoff and wait for a turn
 * counts against it, because each call gets this signal and at most the time left as its timeout.
 * The caller's signal (a cancelled comparison) aborts it too, with the caller's reason.
 */
export function startDeadline(ms: number, caller?: AbortSignal): Deadline {
  const own = new AbortController();
  const endsAt = Date.now() + ms;
  const timer = setTimeout(() => own.abort(new ModelTooSlowError(Math.round(ms / 100) / 10)), ms);
  // A deadline never keeps the process alive on its own.
  timer.unref();
  const signal = caller ? AbortSignal.any([own.signal, caller]) : own.signal;
  return {
    signal,
    remainingMs: () => Math.max(0, endsAt - Date.now()),
    get expired() {
      return own.signal.aborted && signal.reason === own.signal.reason;
    },
    end: () => clearTimeout(timer),
  };
}
