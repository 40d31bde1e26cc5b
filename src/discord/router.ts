import { type Client, Events, type Interaction } from 'discord.js';
import type { BotContext, Command } from './command.js';
import { replyWithError } from './error-boundary.js';
import { handleThreadMessage } from './thread-messages.js';

/** Wires Discord events to handlers; every handler runs inside the one error boundary. */
export function attachRouter(client: Client, commands: readonly Command[], ctx: BotContext, messageContent: boolean): void {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (!interaction.isChatInputCommand()) return;
    const command = byName.get(interaction.commandName);
    if (!command) return;
    const started = Date.now();
    ctx.ops
      .track(interaction, () => command.execute(interaction, ctx))
      .then(() => ctx.log.debug({ command: interaction.commandName, ms: Date.now() - started }, 'command finished'))
      .catch((err: unknown) => replyWithError(interaction, err, ctx.log));
  });
  if (messageContent) {
    client.on(Events.MessageCreate, (message) => {
      handleThreadMessage(message, ctx).catch((err: unknown) => ctx.log.error({ err }, 'message handler failed'));
    });
  }
  client.on(Events.Error, (err) => ctx.log.error({ err }, 'discord client error'));
}
