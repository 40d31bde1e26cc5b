import type { MessageContextMenuCommandInteraction, RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord.js';
import type { UiContext } from './ui-context.js';

/** An Apps › command on a message: its definition as plain data, and the handler. */
export interface MessageMenuCommand {
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(interaction: MessageContextMenuCommandInteraction, ctx: UiContext): Promise<void>;
}
