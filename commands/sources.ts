import { ApplicationIntegrationType, type AutocompleteInteraction, type ChatInputCommandInteraction, InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { escapeText, plainUrl } from '../src/report/escape.js';
import { UserError } from '../src/errors.js';
import type { ThreadState } from '../src/conversation/thread-state.js';
import { type Command, type CommandContext, NO_MENTIONS } from '../src/discord/command.js';
import { fitWords, LIMITS } from '../src/discord/limits.js';
import { renderChange } from '../src/discord/render-thread.js';
import { addedLine } from '../src/discord/thread-messages.js';
import { type Translate, translator } from '../src/i18n/translate.js';
import type { SourceId } from '../src/report/types.js';
import { requestsFrom } from '../src/service/requests.js';

/** Discord shows at most 25 suggestions, each named in at most 100 characters. */
const MAX_CHOICES = 25;

/**
 * /sources list|add|drop in a comparison thread: what typing "drop S2" or a link does, for servers
 * without the Message Content intent, with the ids suggested as one types.
 */
export const sourcesCommand: Command = {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('The sources of this comparison thread: list, add or drop them.')
    // Only in servers that have the bot: a comparison thread is opened by the bot itself, which it can
    // only do as a member (a DM, a group chat or a server that merely has it user-installed has none).
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) => s.setName('list').setDescription('List the sources of this comparison.'))
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Add sources: links, or the text of an article.')
        .addStringOption((o) => o.setName('sources').setDescription('Links separated by spaces, or an article’s text.').setRequired(true).setMaxLength(6000)),
    )
    .addSubcommand((s) =>
      s
        .setName('drop')
        .setDescription('Drop one source; the others keep their ids.')
        .addStringOption((o) => o.setName('source').setDescription('The source to drop, e.g. S2.').setRequired(true).setAutocomplete(true)),
    )
    .toJSON(),
  async execute(interaction, ctx) {
    const t = translator(interaction.locale);
    const state = await threadOf(interaction, ctx);
    const requester = { guildId: interaction.guildId, userId: interaction.user.id };
    switch (interaction.options.getSubcommand()) {
      case 'list':
        return void (await interaction.reply({ content: listOf(state, t), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }));
      case 'add': {
        const wanted = requestsFrom(interaction.options.getString('sources', true));
        if (wanted.requests.length === 0) throw UserError.of('sourcesNeedOne');
        await interaction.deferReply();
        const change = await ctx.service.addSources(state.threadId, wanted, { requester, signal: ctx.signal });
        return void (await interaction.editReply({ content: renderChange(change, addedLine(change, t), t), allowedMentions: NO_MENTIONS }));
      }
      case 'drop': {
        const id = interaction.options.getString('source', true).trim().toUpperCase();
        if (!/^S\d{1,2}$/.test(id)) throw UserError.of('notSourceId', { id: fitWords(id, 40) });
        await interaction.deferReply();
        const change = await ctx.service.dropSource(state.threadId, id as SourceId, { requester, signal: ctx.signal });
        return void (await interaction.editReply({ content: renderChange(change, t('droppedId', { id }), t), allowedMentions: NO_MENTIONS }));
      }
    }
  },
  async autocomplete(interaction, ctx) {
    const state = interaction.channelId ? await ctx.service.thread(interaction.channelId) : undefined;
    const typed = interaction.options.getFocused().trim().toLowerCase();
    const choices = (state?.sources ?? [])
      .map((s) => ({ name: fitWords(`${s.id} ${s.article.site ?? ''} ${s.article.title ?? s.label}`.replace(/\s+/g, ' '), 100), value: s.id }))
      .filter((c) => !typed || c.name.toLowerCase().includes(typed))
      .slice(0, MAX_CHOICES);
    await interaction.respond(choices);
  },
};

async function threadOf(interaction: ChatInputCommandInteraction | AutocompleteInteraction, ctx: CommandContext): Promise<ThreadState> {
  const state = interaction.channelId ? await ctx.service.thread(interaction.channelId) : undefined;
  if (!state) throw UserError.of('sourcesNotHere');
  return state;
}

function listOf(state: ThreadState, t: Translate): string {
  const lines = state.sources.map((s) => {
    const name = escapeText(fitWords(s.article.site ?? s.label, 60));
    const title = s.article.title ? ` — ${escapeText(fitWords(s.article.title, 120))}` : '';
    const url = plainUrl(s.article.url);
    const link = url ? ` <${url}>` : '';
    return `**${s.id}** ${name}${title}${link}`;
  });
  return fitWords([t('listHead', { n: state.sources.length }), ...lines].join('\n'), LIMITS.content);
}
