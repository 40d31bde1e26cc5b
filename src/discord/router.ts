import { type Client, Events, type Interaction, type Message } from 'discord.js';
import { rerunComparison } from '../../commands/compare.js';
import { RERUN_PREFIX } from '../ops/recover.js';
import type { BotContext, Command, CommandContext } from './command.js';
import type { MessageMenuCommand } from './components/menu-command.js';
import { uiHandlerFor } from './components/route-ui.js';
import { deadlineSignal } from './deadline.js';
import { replyToMessageWithError, replyWithError } from './error-boundary.js';
import { checkChannel } from './settings/channel-guard.js';
import { handleThreadMessage } from './thread-messages.js';

type Handler = (ctx: CommandContext) => Promise<void>;

/**
 * Wires Discord events to handlers; every handler runs inside the one error boundary, with a deadline,
 * as tracked work (src/ops): admission limits, "restarting" while stopping, drained on shutdown for
 * SHUTDOWN_GRACE_SECONDS and then marked interrupted, counted in the metrics. Slash commands, their
 * autocomplete, Apps › menus, a report's buttons and forms each go to their handler; in a server that
 * limits where the bot answers, the channel is checked first.
 */
export function attachRouter(client: Client, commands: readonly Command[], menus: readonly MessageMenuCommand[], ctx: BotContext): void {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const contextWith = (signal: AbortSignal): CommandContext => ({ service: ctx.service, ui: ctx.ui, log: ctx.log, signal, ops: ctx.ops });
  const run = (interaction: Interaction, name: string, task: Handler) => {
    const started = Date.now();
    const { signal, dispose } = deadlineSignal(ctx.shutdown);
    ctx.ops
      .track(interaction, async () => {
        await checkChannel(interaction, ctx.ui.settings);
        await task(contextWith(signal));
      })
      .then(() => ctx.log.debug({ command: name, ms: Date.now() - started }, 'command finished'))
      .catch((err: unknown) => replyWithError(interaction, err, ctx.log))
      .finally(dispose);
  };
  const handlerFor = (interaction: Interaction): Handler | undefined => {
    if (interaction.isButton() && interaction.customId.startsWith(RERUN_PREFIX)) return (c) => rerunComparison(interaction, c);
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      return command && ((c) => command.execute(interaction, c));
    }
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      return command?.autocomplete && ((c) => command.autocomplete!(interaction, c));
    }
    return uiHandlerFor(interaction, menus);
  };
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const handler = handlerFor(interaction);
    if (handler) run(interaction, interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : 'component', handler);
  });
  // Without the Message Content intent, thread messages still arrive, with their text when they mention the bot.
  client.on(Events.MessageCreate, (message: Message) => {
    // While stopping, plain messages are left for after the restart: most are chatter, not questions.
    if (!ctx.ops.lifecycle.accepting) return;
    const { signal, dispose } = deadlineSignal(ctx.shutdown);
    ctx.ops.lifecycle
      .run(message.id, () => handleThreadMessage(message, contextWith(signal)), async () => undefined)
      .catch((err: unknown) => replyToMessageWithError(message, err, ctx.log))
      .finally(dispose);
  });
  client.on(Events.Error, (err) => ctx.log.error({ err }, 'discord client error'));
}
