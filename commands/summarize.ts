import { SlashCommandBuilder } from 'discord.js';
import { summarizeArticle } from '../src/analysis/engine.js';
import { UserError } from '../src/errors.js';
import { type Command, NO_MENTIONS } from '../src/discord/command.js';
import { renderSummaryEmbed } from '../src/discord/render-report.js';
import { parseSourcesOption } from '../src/sources/links.js';
import type { LoadRequest } from '../src/sources/load-source.js';

export const summarizeCommand: Command = {
  data: new SlashCommandBuilder()
    .setName('summarize')
    .setDescription('Summarise one news source: title, outlet, date, length and its key points.')
    .addStringOption((o) => o.setName('source').setDescription('A link, or the text of an article.').setMaxLength(6000))
    .addAttachmentOption((o) => o.setName('file').setDescription('A text, Markdown or HTML file.'))
    .toJSON(),
  async execute(interaction, ctx) {
    const raw = interaction.options.getString('source') ?? '';
    const file = interaction.options.getAttachment('file');
    const parsed = parseSourcesOption(raw);
    const requests: LoadRequest[] = [
      ...parsed.urls.map((url) => ({ url })),
      ...(parsed.text ? [{ text: parsed.text }] : []),
      ...(file ? [{ file: { url: file.url, name: file.name, size: file.size, contentType: file.contentType } }] : []),
    ];
    if (requests.length === 0) throw new UserError('Give one source to summarise: a link, the article text, or a file.');
    if (requests.length > 1) throw new UserError('/summarize takes one source; to compare several, use /compare.');

    await interaction.deferReply();
    const article = await ctx.loader.load(requests[0]!);
    const summary = summarizeArticle(article);
    await interaction.editReply({ content: '', embeds: [renderSummaryEmbed(summary)], allowedMentions: NO_MENTIONS });
    ctx.log.info({ command: 'summarize', guildId: interaction.guildId, userId: interaction.user.id, words: summary.words }, 'summary done');
  },
};
