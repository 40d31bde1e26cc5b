import { MessageFlags, type StringSelectMenuInteraction } from 'discord.js';
import { UserError } from '../../errors.js';
import { translator } from '../../i18n/translate.js';
import type { SourceId } from '../../report/types.js';
import { NO_MENTIONS } from '../command.js';
import { renderSourcePage } from '../compact/render-source.js';
import { requireReport } from './stored-report.js';
import type { UiContext } from './ui-context.js';

/**
 * The source chosen in a report's select menu, privately, as a new message: the report and its menu
 * stay as they were (for everyone else too), so another source can be chosen next.
 */
export async function showSource(interaction: StringSelectMenuInteraction, target: { reportId: string }, ctx: UiContext): Promise<void> {
  const t = translator(interaction.locale);
  const stored = await requireReport(ctx.ui.reports, target.reportId, interaction.locale);
  const id = (interaction.values[0] ?? '') as SourceId;
  const page = renderSourcePage(stored.report, id, t);
  if (!page) throw UserError.of('unknownSource', { id: id.slice(0, 4) });
  await interaction.reply({ embeds: [page], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
