import { MessageFlags } from 'discord.js';
import { commandLocalizations } from '../src/i18n/command-names.js';
import { translator } from '../src/i18n/translate.js';
import { NO_MENTIONS } from '../src/discord/command.js';
import { requireSourcesOf } from '../src/discord/compact/message-sources.js';
import { type MessageMenuCommand, messageMenuData } from '../src/discord/components/menu-command.js';
import { renderPendingList } from '../src/discord/components/pending-list.js';

/**
 * Apps › Add to comparison: collects the links and files of several messages into the person's own
 * list (kept 15 minutes), answered privately with [Compare now] [Clear].
 */
export const addToComparisonMenu: MessageMenuCommand = {
  data: messageMenuData('Add to comparison', commandLocalizations('addToComparison')),
  async execute(interaction, ctx) {
    const t = translator(interaction.locale);
    const { inputs, ignored } = requireSourcesOf(interaction.targetMessage, t);
    const { list, dropped } = await ctx.ui.pending.add(interaction.user.id, inputs);
    const notes = [...(dropped ? [t('pendingFull', { n: dropped })] : []), ...(ignored.length ? [t('ignoredLinks', { list: ignored.join(' · ') })] : [])];
    const view = renderPendingList(list, interaction.user.id, interaction.locale, notes.join('\n') || undefined);
    await interaction.reply({ ...view, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  },
};
