import { type Message, MessageFlags } from 'discord.js';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Journal } from '../ops/journal.js';
import type { EngineChoice } from '../service/analyze-sources.js';
import type { Comparison, ComparisonService } from '../service/comparison-service.js';
import { NO_MENTIONS } from './command.js';
import { fitWords, LIMITS } from './limits.js';
import type { ReplyTarget } from './reply-target.js';

const INTRO =
  'Ask me anything about these sources here: I answer from their own words and cite them as [S1], [S2]… ' +
  'Post a link to add a source, `drop S2` to remove one, `stop` to make me stop answering plain messages (`/ask` still works).';

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
    await createThread(message, threadName);
  } catch (err) {
    log.warn({ err, channelId: target.channelId }, 'could not open a thread for a comparison');
    // A store outage says so (StoreUnavailableError is a UserError); anything else is most likely a permission.
    const why = err instanceof UserError ? `${err.message} This comparison has no thread, so follow-up questions are not available for it.` : 'I could not open a thread here (missing permission?), so follow-up questions are not available for this comparison.';
    await target.followUp({ content: why, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }).catch(() => undefined);
  }
}

/** The thread itself, on a report whose sources are already stored under the message's id, with its intro. */
export async function createThread(message: Message, name: string): Promise<void> {
  const thread = await message.startThread({ name, autoArchiveDuration: 1440 });
  await thread.send({ content: INTRO, allowedMentions: NO_MENTIONS });
}
