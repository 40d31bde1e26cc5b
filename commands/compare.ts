import { type ButtonInteraction, SlashCommandBuilder } from 'discord.js';
import { attachedFiles } from '../src/discord/attached-files.js';
import { type Command, type CommandContext, NO_MENTIONS } from '../src/discord/command.js';
import { openComparisonThread } from '../src/discord/comparison-thread.js';
import { progressReply } from '../src/discord/progress-reply.js';
import { renderReportEmbeds } from '../src/discord/render-report.js';
import type { ReplyTarget } from '../src/discord/reply-target.js';
import { UserError } from '../src/errors.js';
import { RERUN_PREFIX } from '../src/ops/recover.js';
import type { EngineChoice } from '../src/service/analyze-sources.js';
import { requestsFrom, type SourceRequests } from '../src/service/requests.js';

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
  async execute(interaction, ctx) {
    const wanted = requestsFrom(interaction.options.getString('sources', true), attachedFiles(interaction, FILE_OPTIONS));
    ctx.service.checkCount(wanted.requests.length);
    await interaction.deferReply();
    const engine = (interaction.options.getString('engine') ?? undefined) as EngineChoice | undefined;
    // Recorded before the first slow step: from here a crash or a restart loses nothing (src/ops/recover.ts).
    await ctx.ops.journal.begin({
      id: interaction.id, applicationId: interaction.applicationId, token: interaction.token, guildId: interaction.guildId, channelId: interaction.channelId,
      userId: interaction.user.id, locale: interaction.locale, requests: wanted.requests, labels: wanted.labels, engine,
    });
    await runComparison(interaction, wanted, engine, ctx);
  },
};

/**
 * Reads and compares the sources, posts the report in the reply and opens its thread, then clears the
 * journal entry `target.id`. The same path finishes a comparison recorded before a restart.
 */
export async function runComparison(target: ReplyTarget, wanted: SourceRequests, engine: EngineChoice | undefined, ctx: CommandContext): Promise<void> {
  const { service, log, signal, ops } = ctx;
  const progress = progressReply(target, signal);
  const comparison = await service.compare(wanted.requests, {
    labels: wanted.labels,
    engine,
    locale: target.locale,
    requester: { guildId: target.guildId, userId: target.user.id },
    signal,
    onProgress: progress,
  }).finally(() => progress.stop());
  const rendered = renderReportEmbeds(comparison.report);
  const files = rendered.file ? [{ attachment: rendered.file.data, name: rendered.file.name }] : [];
  const message = await target.editReply({ content: '', embeds: rendered.embeds, files, components: [], allowedMentions: NO_MENTIONS });
  ops.reported(target.id, comparison.report);
  await openComparisonThread(message, target, comparison, { service, log, journal: ops.journal }, engine);
  await ops.journal.finish(target.id);
}

/** "Run it again" on an interrupted comparison: the same sources, in the same message, for whoever clicks. */
export async function rerunComparison(button: ButtonInteraction, ctx: CommandContext): Promise<void> {
  const previous = await ctx.ops.journal.get(button.customId.slice(RERUN_PREFIX.length));
  if (!previous) throw new UserError('This comparison can no longer be run again; start a new one with /compare.');
  await button.deferUpdate();
  await ctx.ops.journal.finish(previous.id);
  const { stage: _stage, replyId: _reply, threadName: _name, ...asked } = previous;
  await ctx.ops.journal.begin({
    ...asked, id: button.id, applicationId: button.applicationId, token: button.token, userId: button.user.id, locale: button.locale, startedAt: Date.now(),
  });
  await runComparison(button, { requests: previous.requests, labels: previous.labels }, previous.engine, ctx);
}
