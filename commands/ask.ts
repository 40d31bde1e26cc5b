import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { UserError } from '../src/errors.js';
import { type Command, NO_MENTIONS } from '../src/discord/command.js';
import { renderAnswer } from '../src/discord/render-thread.js';
import { translator } from '../src/i18n/translate.js';

/** The same as a question typed in a comparison thread, for servers without the Message Content intent. */
export const askCommand: Command = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the sources of this comparison thread.')
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .addStringOption((o) => o.setName('question').setDescription('What you want to know.').setRequired(true).setMaxLength(500))
    .toJSON(),
  async execute(interaction, { service, signal }) {
    const question = interaction.options.getString('question', true);
    if (!interaction.channel?.isThread()) throw UserError.of('askNotHere');
    // Acknowledged before the store is read: a slow store must not leave "The application did not respond".
    await interaction.deferReply();
    const state = await service.thread(interaction.channelId);
    if (!state) throw UserError.of('askNotHere');
    const answer = await service.ask(state.threadId, question, { userId: interaction.user.id, locale: interaction.locale, signal });
    await interaction.editReply({ content: renderAnswer(question, answer, answer.state.sources, translator(interaction.locale)), allowedMentions: NO_MENTIONS });
  },
};
