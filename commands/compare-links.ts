import { MessageFlags } from 'discord.js';
import { UserError } from '../src/errors.js';
import { commandLocalizations } from '../src/i18n/command-names.js';
import { translator } from '../src/i18n/translate.js';
import { NO_MENTIONS } from '../src/discord/command.js';
import { requireSourcesOf } from '../src/discord/compact/message-sources.js';
import { runComparison } from '../src/discord/compact/run-comparison.js';
import { type MessageMenuCommand, messageMenuData } from '../src/discord/components/menu-command.js';
import { fitWords, LIMITS } from '../src/discord/limits.js';

/**
 * Apps › Compare links: compares the links and files of a message someone posted. The message comes
 * with the interaction, so this works without the Message Content intent.
 */
export const compareLinksMenu: MessageMenuCommand = {
  data: messageMenuData('Compare links', commandLocalizations('compareLinks')),
  async execute(interaction, ctx) {
    const t = translator(interaction.locale);
    const { inputs, ignored } = requireSourcesOf(interaction.targetMessage, t);
    if (inputs.length === 1) throw new UserError(t('oneLink'));
    await runComparison(interaction, { inputs }, ctx);
    if (ignored.length) {
      await interaction.followUp({ content: fitWords(t('ignoredLinks', { list: ignored.join(' · ') }), LIMITS.content), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    }
  },
};
