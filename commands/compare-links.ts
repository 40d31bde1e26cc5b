import { ApplicationCommandType, ApplicationIntegrationType, ContextMenuCommandBuilder, InteractionContextType, MessageFlags } from 'discord.js';
import { UserError } from '../src/errors.js';
import { commandLocalizations } from '../src/i18n/command-names.js';
import { translator } from '../src/i18n/translate.js';
import { NO_MENTIONS } from '../src/discord/command.js';
import { sourcesOfMessage } from '../src/discord/compact/message-sources.js';
import { runComparison } from '../src/discord/compact/run-comparison.js';
import type { MessageMenuCommand } from '../src/discord/components/menu-command.js';
import { fitWords, LIMITS } from '../src/discord/limits.js';

/**
 * Apps › Compare links: compares the links and files of a message someone posted. The message comes
 * with the interaction, so this works without the Message Content intent.
 */
export const compareLinksMenu: MessageMenuCommand = {
  data: new ContextMenuCommandBuilder()
    .setName('Compare links')
    .setNameLocalizations(commandLocalizations('compareLinks'))
    .setType(ApplicationCommandType.Message)
    // Installable to a user too: then it works in DMs and group chats, on the person's own budget.
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .toJSON() as MessageMenuCommand['data'],
  async execute(interaction, ctx) {
    const t = translator(interaction.locale);
    const { inputs, ignored } = sourcesOfMessage(interaction.targetMessage);
    if (inputs.length === 0) throw new UserError(ignored.length ? `${t('noLinks')}\n${ignored.join('\n')}` : t('noLinks'));
    if (inputs.length === 1) throw new UserError(t('oneLink'));
    await runComparison(interaction, { inputs }, ctx);
    if (ignored.length) {
      await interaction.followUp({ content: fitWords(t('ignoredLinks', { list: ignored.join(' · ') }), LIMITS.content), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    }
  },
};
