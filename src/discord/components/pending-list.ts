import { type APIActionRowComponent, type APIButtonComponent, type ButtonInteraction, ButtonStyle, ComponentType } from 'discord.js';
import { UserError } from '../../errors.js';
import { translator } from '../../i18n/translate.js';
import { escapeText, plainUrl } from '../../report/escape.js';
import { NO_MENTIONS } from '../command.js';
import { customId } from '../compact/custom-ids.js';
import type { ReportInput } from '../compact/report-store.js';
import { runComparison } from '../compact/run-comparison.js';
import { fitWords, LIMITS } from '../limits.js';
import type { UiContext } from './ui-context.js';

/** A person's pending list, privately, with [Compare now] (once there are two) and [Clear]. */
export function renderPendingList(list: ReportInput[], owner: string, locale: string, note?: string): { content: string; components: Array<APIActionRowComponent<APIButtonComponent>> } {
  const t = translator(locale);
  const lines = list.map((input, i) => {
    const url = plainUrl(input.label);
    return `${i + 1}. ${url ? `<${url}>` : escapeText(fitWords(input.label, 120))}`;
  });
  const content = fitWords([t('pendingList', { n: list.length }), ...lines, ...(note ? [note] : []), ...(list.length < 2 ? [t('pendingNeedsTwo')] : [])].join('\n'), LIMITS.content);
  const button = (what: 'compare' | 'clear', label: string, style: ButtonStyle.Primary | ButtonStyle.Danger, disabled = false): APIButtonComponent => ({
    type: ComponentType.Button, style, label, disabled, custom_id: customId({ action: 'pending', owner, what }),
  });
  return { content, components: [{ type: ComponentType.ActionRow, components: [button('compare', t('buttonCompareNow'), ButtonStyle.Primary, list.length < 2), button('clear', t('buttonClear'), ButtonStyle.Danger)] }] };
}

/** [Compare now]: the list compared like a message's links, then forgotten; [Clear]: forgotten. */
export async function onPendingButton(interaction: ButtonInteraction, target: { owner: string; what: 'compare' | 'clear' }, ctx: UiContext): Promise<void> {
  const t = translator(interaction.locale);
  // The list is private, but a forwarded custom id must not reach someone else's list.
  if (interaction.user.id !== target.owner) throw new UserError(t('pendingGone'));
  if (target.what === 'clear') {
    await ctx.ui.pending.clear(target.owner);
    await interaction.update({ content: t('pendingCleared'), components: [], allowedMentions: NO_MENTIONS });
    return;
  }
  const list = await ctx.ui.pending.get(target.owner);
  if (list.length === 0) throw new UserError(t('pendingGone'));
  if (list.length < 2) throw new UserError(t('pendingNeedsTwo'));
  // Taken before comparing, so a second click cannot compare the same list twice.
  await ctx.ui.pending.clear(target.owner);
  await runComparison(interaction, { inputs: list }, ctx);
}
