import { type ChatInputCommandInteraction, type Message, MessageFlags } from 'discord.js';
import type { Logger } from '../logger.js';
import type { EngineChoice } from '../service/analyze-sources.js';
import type { Comparison, ComparisonService } from '../service/comparison-service.js';
import { NO_MENTIONS } from './command.js';
import { fitWords, LIMITS } from './limits.js';

const INTRO =
  'Ask me anything about these sources here: I answer from their own words and cite them as [S1], [S2]… ' +
  'Post a link to add a source, `drop S2` to remove one, `stop` to make me stop answering plain messages (`/ask` still works).';

/**
 * Opens the thread that carries a comparison on, on the report's message, and has the service keep its
 * sources. Where no thread can be opened (a thread already, missing permission) the user alone is told.
 */
export async function openComparisonThread(
  message: Message,
  interaction: ChatInputCommandInteraction,
  comparison: Comparison,
  service: ComparisonService,
  log: Logger,
  engine?: EngineChoice,
): Promise<void> {
  if (!interaction.channel || interaction.channel.isThread() || !('threads' in interaction.channel)) return;
  try {
    const thread = await message.startThread({ name: fitWords(`Compare: ${comparison.report.event?.title ?? 'sources'}`, LIMITS.threadName), autoArchiveDuration: 1440 });
    await service.startThread(
      { threadId: thread.id, guildId: interaction.guildId, channelId: interaction.channelId, createdBy: interaction.user.id, locale: interaction.locale, engine },
      comparison,
    );
    await thread.send({ content: INTRO, allowedMentions: NO_MENTIONS });
  } catch (err) {
    log.warn({ err, channelId: interaction.channelId }, 'could not open a thread for a comparison');
    await interaction
      .followUp({ content: 'I could not open a thread here (missing permission?), so follow-up questions are not available for this comparison.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS })
      .catch(() => undefined);
  }
}
