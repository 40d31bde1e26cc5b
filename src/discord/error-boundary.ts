import { type Interaction, MessageFlags } from 'discord.js';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import { NO_MENTIONS } from './command.js';
import { fitWords, LIMITS } from './limits.js';

const APOLOGY = 'Something went wrong on our side while doing that; it has been logged. Please try again in a moment.';

/**
 * The one place an error becomes what the user sees: a UserError's text as is, anything else a short
 * apology (the details go to the log, never to Discord). Respects whether the interaction was already
 * deferred or answered; a public deferred reply is replaced so the error is not left for all to see.
 */
export async function replyWithError(interaction: Interaction, error: unknown, log: Logger): Promise<void> {
  const expected = error instanceof UserError;
  if (!expected) log.error({ err: error, interaction: interaction.id }, 'command failed');
  if (!interaction.isRepliable()) return;
  const content = fitWords(expected ? (error as Error).message : APOLOGY, LIMITS.content);
  try {
    if (interaction.deferred && !interaction.replied) {
      if (interaction.ephemeral) await interaction.editReply({ content, embeds: [], files: [], allowedMentions: NO_MENTIONS });
      else {
        await interaction.deleteReply().catch(() => undefined);
        await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      }
    } else if (interaction.replied) {
      await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    } else {
      await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    }
  } catch (err) {
    log.warn({ err }, 'could not tell the user about an error');
  }
}
