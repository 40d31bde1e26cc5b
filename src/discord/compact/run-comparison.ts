import { type ButtonInteraction, type ChatInputCommandInteraction, type Message, MessageFlags, type MessageContextMenuCommandInteraction, type ModalSubmitInteraction } from 'discord.js';
import type { EngineChoice } from '../../service/analyze-sources.js';
import type { Comparison } from '../../service/comparison-service.js';
import { translator } from '../../i18n/translate.js';
import { NO_MENTIONS } from '../command.js';
import { openComparisonThread } from '../comparison-thread.js';
import type { ReplyTarget } from '../reply-target.js';
import { progressIn, progressReply } from '../progress-reply.js';
import { engineFor } from '../settings/server-settings.js';
import type { UiContext } from '../components/ui-context.js';
import { storeAndRender } from './publish.js';
import type { ReportInput } from './report-store.js';

export type ComparingInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ModalSubmitInteraction | ButtonInteraction;

/** What a person asked to compare, however they asked (/compare, its form, Apps › Compare links). */
export interface Wanted {
  inputs: ReportInput[];
  engine?: EngineChoice | undefined;
  /** Only the person sees the report, and no thread is opened. */
  private?: boolean | undefined;
}

/**
 * The one path from a request to a report on Discord: defer (privately when asked or when the server
 * wants private reports), compare through the service with progress, keep the report for its buttons,
 * show its compact view, and carry it on in a thread.
 */
export async function runComparison(interaction: ComparingInteraction, wanted: Wanted, ctx: UiContext): Promise<void> {
  ctx.service.checkCount(wanted.inputs.length);
  const settings = await ctx.ui.settings.get(interaction.guildId);
  const hidden = Boolean(wanted.private || settings.privateReports);
  const engine = engineFor(settings, wanted.engine);
  const progress = progressReply(interaction, ctx.signal, Date.now, progressIn(interaction.locale));
  await interaction.deferReply(hidden ? { flags: MessageFlags.Ephemeral } : {});
  const comparison = await ctx.service.compare(
    wanted.inputs.map((i) => i.request),
    {
      labels: wanted.inputs.map((i) => i.label),
      engine,
      locale: interaction.locale,
      requester: { guildId: interaction.guildId, userId: interaction.user.id },
      signal: ctx.signal,
      onProgress: progress,
    },
  ).finally(() => progress.stop());
  const audience = { userId: interaction.user.id, guildId: interaction.guildId, locale: interaction.locale };
  const { view } = await storeAndRender(ctx.ui.reports, comparison, wanted.inputs, audience);
  const message = await interaction.editReply({ content: '', ...view, allowedMentions: NO_MENTIONS });
  // Every interaction here happened in a channel (a form's or a button's is the message's): it is a ReplyTarget.
  if (!hidden && interaction.channelId) await carryOn(message, interaction as ReplyTarget, comparison, ctx, engine);
}

/** A thread on the report; inside a thread or a forum post already, that one carries the comparison. */
export async function carryOn(message: Message, interaction: ReplyTarget, comparison: Comparison, ctx: UiContext, engine: EngineChoice | undefined): Promise<void> {
  const channel = interaction.channel;
  if (!channel?.isThread()) return openComparisonThread(message, interaction, comparison, { service: ctx.service, log: ctx.log, journal: ctx.ops.journal }, engine);
  if (await ctx.service.thread(channel.id)) {
    await interaction.followUp({ content: translator(interaction.locale)('threadAlreadyCarries'), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  await ctx.service.startThread(
    { threadId: channel.id, guildId: interaction.guildId, channelId: channel.parentId ?? channel.id, createdBy: interaction.user.id, locale: interaction.locale, engine },
    comparison,
  );
}
