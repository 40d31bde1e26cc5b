import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { type Command, NO_MENTIONS } from '../src/discord/command.js';
import { openComparisonThread } from '../src/discord/comparison-thread.js';
import { progressReply } from '../src/discord/progress-reply.js';
import { renderReportEmbeds } from '../src/discord/render-report.js';
import type { EngineChoice } from '../src/service/analyze-sources.js';
import { requestsFrom } from '../src/service/requests.js';

const FILE_OPTIONS = ['file1', 'file2', 'file3'] as const;

const data = new SlashCommandBuilder()
  .setName('compare')
  .setDescription('Compare 2–10 news sources about one story: what they agree on and where they differ.')
  .addStringOption((o) =>
    o.setName('sources').setDescription('Links separated by spaces or new lines; other text counts as one pasted source.').setRequired(true).setMaxLength(6000),
  );
for (const name of FILE_OPTIONS) data.addAttachmentOption((o) => o.setName(name).setDescription('A text, Markdown, HTML or PDF file to compare.'));
data.addStringOption((o) =>
  o
    .setName('engine')
    .setDescription('offline: rules only, instant and free; llm: deeper, when this server has a model configured.')
    .addChoices({ name: 'offline', value: 'offline' }, { name: 'llm', value: 'llm' }),
);

export const compareCommand: Command = {
  data: data.toJSON(),
  async execute(interaction, { service, log, signal }) {
    const wanted = requestsFrom(interaction.options.getString('sources', true), attachments(interaction));
    service.checkCount(wanted.requests.length);
    await interaction.deferReply();
    const engine = (interaction.options.getString('engine') ?? undefined) as EngineChoice | undefined;
    const comparison = await service.compare(wanted.requests, {
      labels: wanted.labels,
      engine,
      locale: interaction.locale,
      requester: { guildId: interaction.guildId, userId: interaction.user.id },
      signal,
      onProgress: progressReply(interaction),
    });
    const rendered = renderReportEmbeds(comparison.report);
    const files = rendered.file ? [{ attachment: rendered.file.data, name: rendered.file.name }] : [];
    const message = await interaction.editReply({ content: '', embeds: rendered.embeds, files, allowedMentions: NO_MENTIONS });
    await openComparisonThread(message, interaction, comparison, service, log, engine);
  },
};

function attachments(interaction: ChatInputCommandInteraction) {
  return FILE_OPTIONS.flatMap((name) => {
    const file = interaction.options.getAttachment(name);
    return file ? [{ url: file.url, name: file.name, size: file.size, contentType: file.contentType }] : [];
  });
}
