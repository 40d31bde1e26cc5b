import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { UiServices } from './components/ui-context.js';
import type { Logger } from '../logger.js';
import type { Operations } from '../ops/operations.js';
import type { ComparisonService } from '../service/comparison-service.js';

/** What the router needs; built once in the composition root. */
export interface BotContext {
  log: Logger;
  service: ComparisonService;
  /** Stored reports, server settings and usage, for the report's buttons, forms and /parallax. */
  ui: UiServices;
  /** Aborted when the bot shuts down: every running comparison stops with it. */
  shutdown: AbortSignal;
  /** Tracked work and shutdown, admission limits, the crash journal, metrics (src/ops). */
  ops: Operations;
}

/** What a handler gets for one interaction: the service, a logger, and the signal that ends its work. */
export interface CommandContext {
  service: ComparisonService;
  ui: UiServices;
  log: Logger;
  /** Aborted when the interaction's token is about to expire or the bot shuts down. */
  signal: AbortSignal;
  ops: Operations;
}
/** A slash command: its definition as plain data, and the handler. */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void>;
  /** Suggestions for an option declared with autocomplete, as the person types. */
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
}

/** Nothing the bot posts may ping anyone: article text and model output are data. */
export const NO_MENTIONS = { parse: [] as never[] };
