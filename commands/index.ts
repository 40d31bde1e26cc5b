import type { Command } from '../src/discord/command.js';
import { askCommand } from './ask.js';
import { compareCommand } from './compare.js';
import { summarizeCommand } from './summarize.js';

/** Every slash command the bot has, explicitly listed. */
export const commands: readonly Command[] = [compareCommand, summarizeCommand, askCommand];
