import type { ButtonInteraction } from 'discord.js';
import { translator } from '../../i18n/translate.js';
import { engineFor } from '../settings/server-settings.js';
import { beginReplacing, finishReplacing } from './replace-report.js';
import { requireReport } from './stored-report.js';
import type { UiContext } from './ui-context.js';

/**
 * [Re-check]: every link of the report read again (not from the cache: pages change, figures get
 * corrected), the comparison made again with the same ids, and the report replaced.
 */
export async function recheckReport(interaction: ButtonInteraction, target: { reportId: string }, ctx: UiContext): Promise<void> {
  const t = translator(interaction.locale);
  const stored = await requireReport(ctx.ui.reports, target.reportId, interaction.locale);
  const how = await beginReplacing(interaction);
  const comparison = await ctx.service.compare(
    stored.inputs.map((i) => i.request),
    {
      labels: stored.inputs.map((i) => i.label),
      engine: engineFor(await ctx.ui.settings.get(stored.guildId), undefined),
      locale: stored.locale,
      requester: { guildId: interaction.guildId, userId: interaction.user.id },
      signal: ctx.signal,
      fresh: true,
    },
  );
  const count = (r: typeof comparison.report) => t('differences', { n: r.discrepancies.filter((d) => d.kind !== 'event').length });
  await finishReplacing(interaction, how, ctx.ui.reports, { stored, comparison, inputs: stored.inputs }, t('rechecked', { now: count(comparison.report), before: count(stored.report) }));
}
