import type { ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../config/config.js';
import type { Conversations } from '../conversation/conversations.js';
import type { LlmEngine } from '../llm/llm-engine.js';
import type { Logger } from '../logger.js';
import type { Operations } from '../ops/operations.js';
import type { SourceLoader } from '../sources/load-source.js';
import type { Cpu } from '../workers/cpu.js';

/** What every command handler may use; built once in the composition root. */
export interface BotContext {
  config: Config;
  log: Logger;
  loader: SourceLoader;
  cpu: Cpu;
  conversations: Conversations;
  /** The model engine, when OPENAI_MODEL is configured. */
  llm?: LlmEngine | undefined;
  /** Tracked work and shutdown, the crash journal, metrics (src/ops). */
  ops: Operations;
}

/** A slash command: its definition as plain data, and the handler. */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
}

/** Nothing the bot posts may ping anyone: article text and model output are data. */
export const NO_MENTIONS = { parse: [] as never[] };
