import { setTimeout as sleep } from 'node:timers/promises';
import { type Client, Events, type Interaction, type Message } from 'discord.js';
import type { BotContext, Command, CommandContext } from './command.js';
import type { MessageMenuCommand } from './components/menu-command.js';
import { uiHandlerFor } from './components/route-ui.js';
import { deadlineSignal } from './deadline.js';
import { replyToMessageWithError, replyWithError } from './error-boundary.js';
import { checkChannel } from './settings/channel-guard.js';
import { handleThreadMessage } from './thread-messages.js';

type Handler = (ctx: CommandContext) => Promise<void>;

export interface Router {
  /** Waits (at most `ms`) for the handlers still running, e.g. to tell their users why they stopped. */
  drain(ms: number): Promise<void>;
}

/** Wires Discord events to handlers; every handler runs inside the one error boundary, with a deadline. */
export function attachRouter(client: Client, commands: readonly Command[], menus: readonly MessageMenuCommand[], ctx: BotContext): Router {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const running = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    running.add(work);
    void work.finally(() => running.delete(work));
  };
  const handlerFor = (interaction: Interaction): Handler | undefined => {
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      return command && ((c) => command.execute(interaction, c));
    }
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      return command?.autocomplete && ((c) => command.autocomplete!(interaction, c));
    }
    // Apps › menus, a report's buttons and forms.
    return uiHandlerFor(interaction, menus);
  };
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const handler = handlerFor(interaction);
    if (!handler) return;
    const started = Date.now();
    const { signal, dispose } = deadlineSignal(ctx.shutdown);
    track(
      checkChannel(interaction, ctx.ui.settings)
        .then(() => handler({ service: ctx.service, ui: ctx.ui, log: ctx.log, signal }))
        .then(() => ctx.log.debug({ interaction: interaction.type, command: interaction.isCommand() ? interaction.commandName : undefined, ms: Date.now() - started }, 'interaction finished'))
        .catch((err: unknown) => replyWithError(interaction, err, ctx.log))
        .finally(dispose),
    );
  });
  // Without the Message Content intent, thread messages still arrive, with their text when they mention the bot.
  client.on(Events.MessageCreate, (message: Message) => {
    const { signal, dispose } = deadlineSignal(ctx.shutdown);
    track(
      handleThreadMessage(message, { service: ctx.service, ui: ctx.ui, log: ctx.log, signal })
        .catch((err: unknown) => replyToMessageWithError(message, err, ctx.log))
        .finally(dispose),
    );
  });
  client.on(Events.Error, (err) => ctx.log.error({ err }, 'discord client error'));
  return { drain: async (ms) => void (await Promise.race([Promise.allSettled([...running]), sleep(ms, undefined, { ref: false })])) };
}
