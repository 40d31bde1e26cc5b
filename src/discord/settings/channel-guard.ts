import type { Interaction } from 'discord.js';
import { UserError } from '../../errors.js';
import { answersIn, type SettingsStore } from './server-settings.js';

/** What works in every channel: how to use the bot, and how to change where it answers. */
const EVERYWHERE = new Set(['help', 'parallax']);

/** Refuses, saying where it does answer, an interaction in a channel the server's managers left out. */
export async function checkChannel(interaction: Interaction, settings: SettingsStore): Promise<void> {
  if (!interaction.inGuild() || !interaction.isRepliable()) return;
  if (interaction.isChatInputCommand() && EVERYWHERE.has(interaction.commandName)) return;
  const s = await settings.get(interaction.guildId);
  const parent = interaction.channel?.isThread() ? interaction.channel.parentId : null;
  if (!answersIn(s, interaction.channelId, parent)) {
    throw UserError.of('answersOnlyIn', { channels: s.channels.map((id) => `<#${id}>`).join(', ') });
  }
}
