import { type Interaction, type Message, MessageFlags } from 'discord.js';
import { BusyError, UserError } from '../errors.js';
import { translator } from '../i18n/translate.js';
import type { Logger } from '../logger.js';
import { NO_MENTIONS } from './command.js';
import { fitWords, LIMITS } from './limits.js';

/**
 * The one place an error becomes what the user sees, in the language of `locale` (de, fr, es, else
 * English): a full queue says so, a UserError's text is shown (translated when it was raised with a
 * message key, as is otherwise), anything else is logged with its context and the user gets a short
 * apology (the details go to the log, never to Discord).
 */
export function toUserMessage(error: unknown, log: Logger, context: Record<string, unknown>, locale?: string | null): string {
  const t = translator(locale);
  if (error instanceof BusyError) return t('busy');
  if (error instanceof UserError) return fitWords(error.translate(locale), LIMITS.content);
  log.error({ err: error, ...context }, 'handler failed');
  return t('apology');
}

/**
 * Tells the person behind an interaction what went wrong, respecting whether it was already deferred
 * or answered; a public deferred reply is replaced so the error is not left for all to see.
 */
export async function replyWithError(interaction: Interaction, error: unknown, log: Logger): Promise<void> {
  const content = toUserMessage(error, log, { interaction: interaction.id, command: interaction.isCommand() ? interaction.commandName : undefined, guildId: interaction.guildId, userId: interaction.user.id }, interaction.isRepliable() ? interaction.locale : undefined);
  if (!interaction.isRepliable()) return;
  // A deferred update keeps the button's own message (a report) while working: it must not be deleted.
  const deferredUpdate = (interaction.isMessageComponent() || interaction.isModalSubmit()) && interaction.deferred && interaction.ephemeral === null;
  try {
    if (deferredUpdate) {
      await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    } else if (interaction.deferred && !interaction.replied) {
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

/** Tells the author of a thread message what went wrong, as a reply to it, in `locale` (the thread's) when given. */
export async function replyToMessageWithError(message: Message, error: unknown, log: Logger, locale?: string): Promise<void> {
  // A message has no locale of its own: the thread's (its comparison's), else the server's.
  const content = toUserMessage(error, log, { threadId: message.channelId, messageId: message.id, guildId: message.guildId, userId: message.author.id }, locale ?? message.guild?.preferredLocale);
  await message.reply({ content, allowedMentions: NO_MENTIONS }).catch((err: unknown) => log.warn({ err }, 'could not tell the user about an error'));
}
