import type { Interaction } from 'discord.js';
import { parseCustomId } from '../compact/custom-ids.js';
import { openAddSource, submitAddSource } from './add-source.js';
import { submitCompareForm } from './compare-form.js';
import type { MessageMenuCommand } from './menu-command.js';
import { onPendingButton } from './pending-list.js';
import { recheckReport } from './recheck.js';
import { sendReportFile } from './send-file.js';
import { showSection } from './show-section.js';
import { showSource } from './show-source.js';
import type { UiContext } from './ui-context.js';

export type UiHandler = (ctx: UiContext) => Promise<void>;

/**
 * The handler for an Apps › menu command, a report's button, its select menu or its form; undefined when the
 * interaction is none of ours (a slash command, another bot's custom id, an outdated one).
 */
export function uiHandlerFor(interaction: Interaction, menus: readonly MessageMenuCommand[]): UiHandler | undefined {
  if (interaction.isMessageContextMenuCommand()) {
    const menu = menus.find((m) => m.data.name === interaction.commandName);
    return menu && ((ctx) => menu.execute(interaction, ctx));
  }
  if (!interaction.isButton() && !interaction.isModalSubmit() && !interaction.isStringSelectMenu()) return undefined;
  const action = parseCustomId(interaction.customId);
  if (!action) return undefined;
  if (interaction.isStringSelectMenu()) return action.action === 'source' ? (ctx) => showSource(interaction, action, ctx) : undefined;
  if (interaction.isButton()) {
    if (action.action === 'section') return (ctx) => showSection(interaction, action, ctx);
    if (action.action === 'file') return (ctx) => sendReportFile(interaction, action, ctx);
    if (action.action === 'add') return (ctx) => openAddSource(interaction, action, ctx);
    if (action.action === 'recheck') return (ctx) => recheckReport(interaction, action, ctx);
    if (action.action === 'pending') return (ctx) => onPendingButton(interaction, action, ctx);
  }
  if (interaction.isModalSubmit() && action.action === 'add-submit') return (ctx) => submitAddSource(interaction, action, ctx);
  if (interaction.isModalSubmit() && action.action === 'compare-form') return (ctx) => submitCompareForm(interaction, action, ctx);
  return undefined;
}
