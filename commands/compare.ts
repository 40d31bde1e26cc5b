import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { attachedFiles } from '../src/discord/attached-files.js';
import { type Command, NO_MENTIONS } from '../src/discord/command.js';
import { compareForm } from '../src/discord/components/compare-form.js';
import { storeAndRender } from '../src/discord/compact/publish.js';
import { carryOn } from '../src/discord/compact/run-comparison.js';
import { engineFor } from '../src/discord/settings/server-settings.js';
import { progressReply } from '../src/discord/progress-reply.js';
import { renderReportEmbeds } from '../src/discord/render-report.js';
import type { EngineChoice } from '../src/service/analyze-sources.js';
import { requestsFrom } from '../src/service/requests.js';

const FILE_OPTIONS = ['file1', 'file2', 'file3', 'file4', 'file5'] as const;

const data = new SlashCommandBuilder()
  .setName('compare')
  .setDescription('Compare 2–10 news sources about one story: what they agree on and where they differ.')
  .addStringOption((o) =>
    o.setName('sources').setDescription('Links separated by spaces or new lines; other text counts as one pasted source. Empty: a form opens.').setMaxLength(6000),
  );
for (const name of FILE_OPTIONS) data.addAttachmentOption((o) => o.setName(name).setDescription('A text, Markdown, HTML or PDF file to compare.'));
data.addStringOption((o) =>
  o
    .setName('engine')
    .setDescription('offline: rules only, instant and free; llm: deeper, when this server has a model configured.')
    .addChoices({ name: 'offline', value: 'offline' }, { name: 'llm', value: 'llm' }),
);
data.addBooleanOption((o) => o.setName('private').setDescription('Only you see the report, and no thread is opened.'));

export const compareCommand: Command = {
  data: data.toJSON(),
  async execute(interaction, { service, ui, log, signal }) {
    const typed = interaction.options.getString('sources') ?? '';
    const uploaded = attachedFiles(interaction, FILE_OPTIONS);
    const asked = (interaction.options.getString('engine') ?? undefined) as EngineChoice | undefined;
    const askedPrivate = interaction.options.getBoolean('private') ?? false;
    // Nothing given: a form has room for long input (Discord's options are one line).
    if (!typed.trim() && uploaded.length === 0) return void (await interaction.showModal(compareForm(interaction.locale, { private: askedPrivate, engine: asked })));
    const wanted = requestsFrom(typed, uploaded);
    service.checkCount(wanted.requests.length);
    const settings = await ui.settings.get(interaction.guildId);
    const engine = engineFor(settings, asked);
    const hidden = askedPrivate || settings.privateReports;
    await interaction.deferReply(hidden ? { flags: MessageFlags.Ephemeral } : {});
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
    // The report's buttons (sections, files, Add source) work on the stored report, after a restart too.
    const inputs = wanted.requests.map((request, i) => ({ request, label: wanted.labels[i]! }));
    const { view } = await storeAndRender(ui.reports, comparison, inputs, { userId: interaction.user.id, guildId: interaction.guildId, locale: interaction.locale });
    const message = await interaction.editReply({ content: '', embeds: rendered.embeds, files, components: view.components, allowedMentions: NO_MENTIONS });
    if (!hidden) await carryOn(message, interaction, comparison, { service, ui, log, signal }, engine);
  },
};
