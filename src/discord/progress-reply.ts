import type { InteractionEditReplyOptions } from 'discord.js';
import type { Progress } from '../service/comparison-service.js';
import { translator } from '../i18n/translate.js';
import { NO_MENTIONS } from './command.js';

/** How progress is said in the reader's language (the interface texts in src/i18n). */
export function progressIn(locale: string): (p: Progress) => string {
  const t = translator(locale);
  return (p) => (p.stage === 'reading' ? t('reading', { done: p.done, total: p.total }) : t(p.withModel ? 'comparingWithModel' : 'comparing', { n: p.total }));
}

/** Before this, Discord's own "thinking…" says enough: a quick comparison makes no progress edit at all. */
const QUIET_START_MS = 1_000;
const MIN_GAP_MS = 1_000;

export interface ProgressReply {
  (progress: Progress): void;
  /** Called before the final edit: what is pending is dropped and nothing more is sent. */
  stop(): void;
}

/**
 * Edits a deferred reply with a comparison's progress ("Reading 3/5 sources…", then "Comparing…"),
 * with the fewest requests: none in the first second, at most one a second, at most one waiting (a
 * newer text replaces the waiting one), none after `stop()` or once `signal` is aborted. In a burst that is what keeps a reply's
 * edits from queueing behind each other.
 */
export function progressReply(
  target: { editReply(options: InteractionEditReplyOptions): Promise<unknown> },
  signal?: AbortSignal,
  now = Date.now,
  say: (progress: Progress) => string = progressIn('en-US'),
): ProgressReply {
  const started = now();
  let last = 0;
  let sending = false;
  let stopped = false;
  let waiting: string | undefined;
  let timer: NodeJS.Timeout | undefined;

  const send = () => {
    timer = undefined;
    if (stopped || sending || waiting === undefined) return;
    const wait = Math.max(started + QUIET_START_MS, last + MIN_GAP_MS) - now();
    if (wait > 0) return void (timer = setTimeout(send, wait));
    const content = waiting;
    waiting = undefined;
    sending = true;
    last = now();
    void target
      .editReply({ content, allowedMentions: NO_MENTIONS })
      .catch(() => undefined)
      .finally(() => {
        sending = false;
        send();
      });
  };
  const progress = ((p: Progress) => {
    if (stopped) return;
    waiting = say(p);
    if (!timer) send();
  }) as ProgressReply;
  progress.stop = () => {
    stopped = true;
    waiting = undefined;
    clearTimeout(timer);
  };
  // Work that is stopped (a shutdown, the token's deadline) says nothing more about its progress.
  signal?.addEventListener('abort', progress.stop, { once: true });
  return progress;
}
