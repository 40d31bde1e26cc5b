import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { translator } from '../../i18n/translate.js';
import { NO_MENTIONS } from '../command.js';
import type { Section } from '../compact/custom-ids.js';
import { renderSectionPage } from '../compact/render-section.js';
import { requireReport } from './stored-report.js';
import type { UiContext } from './ui-context.js';

/**
 * A section of the report, privately: from the public report a new private message, from a page of
 * that private message the page it asks for in its place (so paging does not pile up messages).
 */
export async function showSection(interaction: ButtonInteraction, target: { reportId: string; section: Section; page: number }, ctx: UiContext): Promise<void> {
  const stored = await requireReport(ctx.ui.reports, target.reportId, interaction.locale);
  const page = renderSectionPage(stored.report, stored.id, target.section, target.page, translator(interaction.locale));
  if (interaction.message.flags.has(MessageFlags.Ephemeral)) {
    await interaction.update({ ...page, allowedMentions: NO_MENTIONS });
  } else {
    await interaction.reply({ ...page, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  }
}
