import { type Key, translator } from './i18n/translate.js';
import { sayParams } from './i18n/say.js';
import type { Said } from './report/types.js';

/** The values a message key's `{name}` marks are filled with (a said sentence is said first). */
export type MessageParams = Record<string, string | number | Said>;

/**
 * An expected failure whose message is written for the person who caused it: it is shown as is.
 * Anything that is not a UserError is a bug or an outage: logged, and the user gets a short apology.
 * One raised with a message key (`UserError.of`) keeps its English text as `message` (for the CLI
 * and the library) and is said in the reader's language at the bot's error boundary.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
  /** The message's key in src/i18n and its values, when it has one. */
  readonly key?: Key | undefined;
  readonly params?: MessageParams | undefined;

  constructor(message: string, said?: { key: Key; params?: MessageParams | undefined }) {
    super(message);
    this.key = said?.key;
    this.params = said?.params;
  }

  /**
   * An error said by key, of the class it is called on (`SourceError.of`, `ShareUsedError.of`):
   * English in `message`, any of our languages with `translate`.
   */
  static of<T extends UserError>(this: new (message: string, said?: { key: Key; params?: MessageParams | undefined }) => T, key: Key, params: MessageParams = {}): T {
    return new this(english(key, params), { key, params });
  }

  /** The message in the language of `locale` (English for an error without a key). */
  translate(locale: string | null | undefined): string {
    const t = translator(locale);
    return this.key ? t(this.key, sayParams(this.params, t)) : this.message;
  }
}

/** The English text of a message key: what the CLI, the library and the logs see. */
export function english(key: Key, params: MessageParams = {}): string {
  const t = translator('en');
  return t(key, sayParams(params, t));
}

/** A source that could not be read. The message names the reason in plain words. */
export class SourceError extends UserError {
  override readonly name = 'SourceError';
}

/** Too much work is queued: refused at once with a plain message instead of waiting without end. */
export class BusyError extends UserError {
  override readonly name = 'BusyError';
  constructor(message = english('busy')) {
    super(message, { key: 'busy' });
  }
}
