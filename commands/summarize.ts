import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { attachedFiles } from '../src/discord/attached-files.js';
import { type Command, NO_MENTIONS } from '../src/discord/command.js';
import { renderSummaryEmbed } from '../src/discord/render-summary.js';
import { translator } from '../src/i18n/translate.js';
import { requestsFrom } from '../src/service/requests.js';

export const summarizeCommand: Command = {
  data: new SlashCommandBuilder()
    .setName('summarize')
    .setDescription('Summarise one news source: title, outlet, date, length and its key points.')
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .addStringOption((o) => o.setName('source').setDescription('A link, or the text of an article.').setMaxLength(6000))
    .addAttachmentOption((o) => o.setName('file').setDescription('A text, Markdown or HTML file.'))
    .toJSON(),
  async execute(interaction, { service, signal }) {
    const { requests } = requestsFrom(interaction.options.getString('source') ?? '', attachedFiles(interaction, ['file']));
    service.checkSummaryCount(requests.length);
    await interaction.deferReply();
    const summary = await service.summarize(requests[0]!, { signal });
    await interaction.editReply({ content: '', embeds: [renderSummaryEmbed(summary, translator(interaction.locale))], allowedMentions: NO_MENTIONS });
  },
};
