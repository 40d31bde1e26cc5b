import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { translator } from '../../i18n/translate.js';
import { escapeText } from '../../report/escape.js';
import { renderMarkdown } from '../../report/markdown.js';
import { NO_MENTIONS } from '../command.js';
import { fitEscaped } from '../limits.js';
import { requireReport } from './stored-report.js';
import type { UiContext } from './ui-context.js';

/** The whole report as a file, privately: Markdown to read (in the reader's language), or the JSON contract to process (English). */
export async function sendReportFile(interaction: ButtonInteraction, target: { reportId: string; format: 'md' | 'json' }, ctx: UiContext): Promise<void> {
  const stored = await requireReport(ctx.ui.reports, target.reportId, interaction.locale);
  const json = target.format === 'json';
  const data = json ? `${JSON.stringify(stored.report, null, 2)}\n` : renderMarkdown(stored.report, interaction.locale);
  const title = fitEscaped(stored.report.event?.title ?? 'Comparison', 120, escapeText);
  await interaction.reply({
    content: translator(interaction.locale)('fileCaption', { title, format: json ? 'JSON' : 'Markdown' }),
    files: [{ attachment: Buffer.from(data, 'utf8'), name: `parallax-report.${target.format}` }],
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  });
}
