import { type ButtonInteraction, MessageFlags, type ModalSubmitInteraction } from 'discord.js';
import type { ThreadSource } from '../../conversation/thread-state.js';
import type { Report } from '../../report/types.js';
import { NO_MENTIONS } from '../command.js';
import { storeAndRender } from '../compact/publish.js';
import type { ReportInput, ReportStore, StoredReport } from '../compact/report-store.js';
import { fitWords, LIMITS } from '../limits.js';

type FromReport = ButtonInteraction | ModalSubmitInteraction;

/**
 * Acknowledges work that will replace the report a button is on. A private report can only be edited
 * through the interaction (a deferred update); a public one is edited as a message, with a private
 * "thinking" reply that then says what happened.
 */
export async function beginReplacing(interaction: FromReport): Promise<{ isPrivate: boolean }> {
  const isPrivate = interaction.message?.flags.has(MessageFlags.Ephemeral) ?? false;
  if (isPrivate) await interaction.deferUpdate();
  else await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  return { isPrivate };
}

/** Keeps the new comparison under the report's id, shows its compact view in the report's place, and says `note` privately. */
export async function finishReplacing(
  interaction: FromReport,
  how: { isPrivate: boolean },
  reports: ReportStore,
  replaced: { stored: StoredReport; comparison: { report: Report; sources: ThreadSource[] }; inputs: ReportInput[] },
  note: string,
): Promise<void> {
  const { stored } = replaced;
  const audience = { userId: stored.createdBy, guildId: stored.guildId, locale: stored.locale };
  const { view } = await storeAndRender(reports, replaced.comparison, replaced.inputs, audience, stored.id);
  // The full report's attached file, if any, is of the old sources: it goes with them.
  const next = { ...view, attachments: [], allowedMentions: NO_MENTIONS };
  if (how.isPrivate) await interaction.editReply(next);
  else if (interaction.message) await interaction.message.edit(next);
  const said = { content: fitWords(note, LIMITS.content), allowedMentions: NO_MENTIONS };
  await (how.isPrivate ? interaction.followUp({ ...said, flags: MessageFlags.Ephemeral }) : interaction.editReply(said));
}
