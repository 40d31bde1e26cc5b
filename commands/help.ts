import { ApplicationIntegrationType, InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { type Command, NO_MENTIONS } from '../src/discord/command.js';
import { HELP } from '../src/i18n/help.js';
import { languageOf } from '../src/i18n/translate.js';

/** /help, privately, in the reader's language: what Parallax does, how to use it, what it keeps. */
export const helpCommand: Command = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What Parallax does, how to use it, and what it stores.')
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .toJSON(),
  async execute(interaction) {
    const help = HELP[languageOf(interaction.locale)];
    await interaction.reply({
      embeds: [{ title: help.title, description: help.intro, color: 0x5865f2, fields: help.fields.map((f) => ({ ...f, inline: false })) }],
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
  },
};
