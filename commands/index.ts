import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import type { MessageMenuCommand } from '../src/discord/components/menu-command.js';
import { askCommand } from './ask.js';
import { localizeSlashCommand } from '../src/i18n/slash-commands.js';
import { compareCommand, compareDefinition } from './compare.js';
import { addToComparisonMenu } from './add-to-comparison.js';
import { compareLinksMenu } from './compare-links.js';
import { helpCommand } from './help.js';
import { parallaxCommand } from './parallax.js';
import { sourcesCommand } from './sources.js';
import { summarizeCommand } from './summarize.js';

/** Every slash command the bot has, explicitly listed. */
export const commands: readonly Command[] = [compareCommand, summarizeCommand, askCommand, sourcesCommand, helpCommand, parallaxCommand];

/** Every Apps › command on a message, explicitly listed. */
export const menus: readonly MessageMenuCommand[] = [compareLinksMenu, addToComparisonMenu];

/** What this bot can do, decided at start from its configuration; the definitions offer nothing else. */
export interface Features {
  /** A model is configured (OPENAI_MODEL): /compare offers `engine:llm`. */
  model: boolean;
}

/** What is registered with Discord: the slash commands, then the Apps › menus, for a bot with `features`. */
export function definitionsFor(features: Features): RESTPostAPIApplicationCommandsJSONBody[] {
  const slash = commands.map((c) => localizeSlashCommand(c === compareCommand ? compareDefinition(features.model) : c.data));
  return [...slash, ...menus.map((m) => m.data)];
}
