import { ApplicationIntegrationType, type ButtonInteraction, InteractionContextType, MessageFlags, type RESTPostAPIChatInputApplicationCommandsJSONBody, SlashCommandBuilder } from 'discord.js';
import { attachedFiles } from '../src/discord/attached-files.js';
import { type Command, type CommandContext, NO_MENTIONS } from '../src/discord/command.js';
import { storeAndRender } from '../src/discord/compact/publish.js';
import { carryOn } from '../src/discord/compact/run-comparison.js';
import { compareForm } from '../src/discord/components/compare-form.js';
import { progressIn, progressReply } from '../src/discord/progress-reply.js';
import type { ReplyTarget } from '../src/discord/reply-target.js';
import { engineFor } from '../src/discord/settings/server-settings.js';
import { UserError } from '../src/errors.js';
import { RERUN_PREFIX } from '../src/ops/recover.js';
import type { EngineChoice } from '../src/service/analyze-sources.js';
import { requestsFrom, type SourceRequests } from '../src/service/requests.js';

const FILE_OPTIONS = ['file1', 'file2', 'file3', 'file4', 'file5'] as const;

/**
 * /compare's definition. `withModel`: the bot has a model configured (decided at start), so `engine:llm`
 * is offered; without one the choice would only ever fall back to the offline engine, so it is not shown.
 */
export function compareDefinition(withModel: boolean): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const data = new SlashCommandBuilder()
    .setName('compare')
    .setDescription('Compare 2–10 news sources about one story: what they agree on and where they differ.')
    // Everywhere: in a server, in the bot's DM and in group chats, installed to the server or to the person.
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .addStringOption((o) =>
      o.setName('sources').setDescription('Links separated by spaces or new lines; other text counts as one pasted source. Empty: a form opens.').setMaxLength(6000),
    );
  for (const name of FILE_OPTIONS) data.addAttachmentOption((o) => o.setName(name).setDescription('A text, Markdown, HTML or PDF file to compare.'));
  data.addStringOption((o) =>
    withModel
      ? o
          .setName('engine')
          .setDescription('offline: rules only, instant and free; llm: deeper, when this server allows the model.')
          .addChoices({ name: 'offline', value: 'offline' }, { name: 'llm', value: 'llm' })
      : o.setName('engine').setDescription('offline: rules only, instant and free (this bot has no model configured).').addChoices({ name: 'offline', value: 'offline' }),
  );
  data.addBooleanOption((o) => o.setName('private').setDescription('Only you see the report, and no thread is opened.'));
  return data.toJSON();
}

export const compareCommand: Command = {
  // What the router needs; what is registered comes from compareDefinition, with the bot's features (commands/index.ts).
  data: compareDefinition(true),
  async execute(interaction, ctx) {
    const typed = interaction.options.getString('sources') ?? '';
    const uploaded = attachedFiles(interaction, FILE_OPTIONS);
    const asked = (interaction.options.getString('engine') ?? undefined) as EngineChoice | undefined;
    const askedPrivate = interaction.options.getBoolean('private') ?? false;
    // Nothing given: a form has room for long input (Discord's options are one line).
    if (!typed.trim() && uploaded.length === 0) return void (await interaction.showModal(compareForm(interaction.locale, { private: askedPrivate, engine: asked })));
    const wanted = requestsFrom(typed, uploaded);
    ctx.service.checkCount(wanted.requests.length);
    const settings = await ctx.ui.settings.get(interaction.guildId);
    const engine = engineFor(settings, asked);
    const hidden = askedPrivate || settings.privateReports;
    await interaction.deferReply(hidden ? { flags: MessageFlags.Ephemeral } : {});
    // Recorded before the first slow step: from here a crash or a restart loses nothing (src/ops/recover.ts);
    // a private one is finished privately, in the same reply, and without a thread.
    const entry = {
      id: interaction.id, applicationId: interaction.applicationId, token: interaction.token, guildId: interaction.guildId, channelId: interaction.channelId,
      userId: interaction.user.id, locale: interaction.locale, requests: wanted.requests, labels: wanted.labels, engine, hidden,
    };
    await ctx.ops.journal.begin(entry);
    // With a job queue (QUEUE_URL) a worker process runs it from the journal entry, as a restart would.
    if (await ctx.ops.handedOff(entry)) return;
    await runComparison(interaction, { ...wanted, hidden }, engine, ctx);
  },
};

/**
 * Reads and compares the sources, posts the report in the reply and opens its thread, then clears the
 * journal entry `target.id`. The same path finishes a comparison recorded before a restart (`wanted` is
 * then the journal entry: a private one stays private).
 */
export async function runComparison(target: ReplyTarget, wanted: SourceRequests & { hidden?: boolean | undefined }, engine: EngineChoice | undefined, ctx: CommandContext): Promise<void> {
  const { service, log, signal, ops } = ctx;
  const progress = progressReply(target, signal, Date.now, progressIn(target.locale));
  const comparison = await service.compare(wanted.requests, {
    labels: wanted.labels,
    engine,
    locale: target.locale,
    requester: { guildId: target.guildId, userId: target.user.id },
    signal,
    onProgress: progress,
  }).finally(() => progress.stop());
  // The compact first view, as Apps › Compare links posts it: one embed a phone shows whole. The full
  // report stays one click away (section buttons, Markdown and JSON files), which work on the stored
  // report, after a restart too.
  const inputs = wanted.requests.map((request, i) => ({ request, label: wanted.labels[i]! }));
  const { view } = await storeAndRender(ctx.ui.reports, comparison, inputs, { userId: target.user.id, guildId: target.guildId, locale: target.locale });
  const message = await target.editReply({ content: '', ...view, allowedMentions: NO_MENTIONS });
  ops.reported(target.id, comparison.report);
  if (!wanted.hidden) await carryOn(message, target, comparison, ctx, engine);
  await ops.journal.finish(target.id);
}

/** "Run it again" on an interrupted comparison: the same sources, in the same message, for whoever clicks. */
export async function rerunComparison(button: ButtonInteraction, ctx: CommandContext): Promise<void> {
  const previous = await ctx.ops.journal.get(button.customId.slice(RERUN_PREFIX.length));
  if (!previous) throw UserError.of('rerunGone');
  await button.deferUpdate();
  await ctx.ops.journal.finish(previous.id);
  const { stage: _stage, replyId: _reply, threadName: _name, ...asked } = previous;
  const entry = { ...asked, id: button.id, applicationId: button.applicationId, token: button.token, userId: button.user.id, locale: button.locale, startedAt: Date.now() };
  await ctx.ops.journal.begin(entry);
  if (await ctx.ops.handedOff(entry)) return;
  await runComparison(button, { requests: previous.requests, labels: previous.labels, hidden: previous.hidden }, previous.engine, ctx);
}
