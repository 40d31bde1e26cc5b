import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type LocalizationMap,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { UiContext } from './ui-context.js';

/** An Apps › command on a message: its definition as plain data, and the handler. */
export interface MessageMenuCommand {
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(interaction: MessageContextMenuCommandInteraction, ctx: UiContext): Promise<void>;
}

/**
 * The definition of an Apps › command on a message, named in each of our languages, installable to a
 * server and to a user (then it works in DMs and group chats, on the person's own budget).
 */
export function messageMenuData(name: string, localizations: LocalizationMap): MessageMenuCommand['data'] {
  return new ContextMenuCommandBuilder()
    .setName(name)
    .setNameLocalizations(localizations)
    .setType(ApplicationCommandType.Message)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .toJSON() as MessageMenuCommand['data'];
}
