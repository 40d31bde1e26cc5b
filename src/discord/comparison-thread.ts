import { type Message, MessageFlags } from 'discord.js';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Journal } from '../ops/journal.js';
import type { EngineChoice } from '../service/analyze-sources.js';
import type { Comparison, ComparisonService } from '../service/comparison-service.js';
import { translator } from '../i18n/translate.js';
import { NO_MENTIONS } from './command.js';
import { fitWords, LIMITS } from './limits.js';
import type { ReplyTarget } from './reply-target.js';


/**
 * Opens the thread that carries a comparison on, on the report's message, and has the service keep its
 * sources. Where no thread can be opened (a thread already, missing permission) the user alone is told.
 * The sources are stored before the thread is created (a thread opened from a message has the
 * message's id), and the journal then says the report is posted: a crash in between leaves a report
 * whose thread is opened on the next start, and which answers questions from the first one.
 */
export async function openComparisonThread(
  message: Message,
  target: ReplyTarget,
  comparison: Comparison,
  deps: { service: ComparisonService; log: Logger; journal: Journal },
  engine?: EngineChoice,
): Promise<void> {
  if (!target.channel || target.channel.isThread() || !('threads' in target.channel)) return;
  const { service, log, journal } = deps;
  try {
    const threadName = fitWords(`Compare: ${comparison.report.event?.title ?? 'sources'}`, LIMITS.threadName);
    await service.startThread(
      { threadId: message.id, guildId: target.guildId, channelId: target.channelId, createdBy: target.user.id, locale: target.locale, engine },
      comparison,
    );
    await journal.update(target.id, { stage: 'reported', replyId: message.id, threadName });
    await createThread(message, threadName, target.locale);
  } catch (err) {
    log.warn({ err, channelId: target.channelId }, 'could not open a thread for a comparison');
    // A store outage says so (StoreUnavailableError is a UserError); anything else is most likely a permission.
    const t = translator(target.locale);
    const why = err instanceof UserError ? t('noThreadBecause', { why: err.translate(target.locale) }) : t('noThreadPermission');
    await target.followUp({ content: why, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }).catch(() => undefined);
  }
}

/** The thread itself, on a report whose sources are already stored under the message's id, with its intro in the asker's language. */
export async function createThread(message: Message, name: string, locale?: string | null): Promise<void> {
  const thread = await message.startThread({ name, autoArchiveDuration: 1440 });
  await thread.send({ content: translator(locale)('threadIntro'), allowedMentions: NO_MENTIONS });
}
