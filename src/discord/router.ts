import { type Client, Events, type Interaction, type Message } from 'discord.js';
import type { BotContext, Command } from './command.js';
import { deadlineSignal } from './deadline.js';
import { replyToMessageWithError, replyWithError } from './error-boundary.js';
import { handleThreadMessage } from './thread-messages.js';

/** Wires Discord events to handlers; every handler runs inside the one error boundary, with a deadline. */
export function attachRouter(client: Client, commands: readonly Command[], ctx: BotContext, messageContent: boolean): void {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (!interaction.isChatInputCommand()) return;
    const command = byName.get(interaction.commandName);
    if (!command) return;
    const started = Date.now();
    const { signal, dispose } = deadlineSignal(ctx.shutdown);
    command
      .execute(interaction, { service: ctx.service, log: ctx.log, signal })
      .then(() => ctx.log.debug({ command: interaction.commandName, ms: Date.now() - started }, 'command finished'))
      .catch((err: unknown) => replyWithError(interaction, err, ctx.log))
      .finally(dispose);
  });
  if (messageContent) {
    client.on(Events.MessageCreate, (message: Message) => {
      const { signal, dispose } = deadlineSignal(ctx.shutdown);
      handleThreadMessage(message, { service: ctx.service, log: ctx.log, signal })
        .catch((err: unknown) => replyToMessageWithError(message, err, ctx.log))
        .finally(dispose);
    });
  }
  client.on(Events.Error, (err) => ctx.log.error({ err }, 'discord client error'));
}
