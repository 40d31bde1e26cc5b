import { type Client, Events, type Interaction, type Message, type RepliableInteraction } from 'discord.js';
import { rerunComparison } from '../../commands/compare.js';
import { RERUN_PREFIX } from '../ops/recover.js';
import type { BotContext, Command, CommandContext } from './command.js';
import { deadlineSignal } from './deadline.js';
import { replyToMessageWithError, replyWithError } from './error-boundary.js';
import { handleThreadMessage } from './thread-messages.js';

/**
 * Wires Discord events to handlers; every handler runs inside the one error boundary, with a deadline,
 * as tracked work (src/ops): admission limits, "restarting" while stopping, drained on shutdown for
 * SHUTDOWN_GRACE_SECONDS and then marked interrupted, counted in the metrics.
 */
export function attachRouter(client: Client, commands: readonly Command[], ctx: BotContext, messageContent: boolean): void {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const contextWith = (signal: AbortSignal): CommandContext => ({ service: ctx.service, log: ctx.log, signal, ops: ctx.ops });
  const run = (interaction: RepliableInteraction, name: string, task: (c: CommandContext) => Promise<void>) => {
    const started = Date.now();
    const { signal, dispose } = deadlineSignal(ctx.shutdown);
    ctx.ops
      .track(interaction, () => task(contextWith(signal)))
      .then(() => ctx.log.debug({ command: name, ms: Date.now() - started }, 'command finished'))
      .catch((err: unknown) => replyWithError(interaction, err, ctx.log))
      .finally(dispose);
  };
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (interaction.isButton() && interaction.customId.startsWith(RERUN_PREFIX)) return run(interaction, 'rerun', (c) => rerunComparison(interaction, c));
    if (!interaction.isChatInputCommand()) return;
    const command = byName.get(interaction.commandName);
    if (command) run(interaction, interaction.commandName, (c) => command.execute(interaction, c));
  });
  if (messageContent) {
    client.on(Events.MessageCreate, (message: Message) => {
      // While stopping, plain messages are left for after the restart: most are chatter, not questions.
      if (!ctx.ops.lifecycle.accepting) return;
      const { signal, dispose } = deadlineSignal(ctx.shutdown);
      ctx.ops.lifecycle
        .run(message.id, () => handleThreadMessage(message, contextWith(signal)), async () => undefined)
        .catch((err: unknown) => replyToMessageWithError(message, err, ctx.log))
        .finally(dispose);
    });
  }
  client.on(Events.Error, (err) => ctx.log.error({ err }, 'discord client error'));
}
