import { type ButtonInteraction, ComponentType, type ModalSubmitInteraction, TextInputStyle } from 'discord.js';
import { UserError } from '../../errors.js';
import { escapeText } from '../../report/escape.js';
import { translator } from '../../i18n/translate.js';
import { parseSourcesOption } from '../../sources/links.js';
import type { LoadRequest } from '../../sources/load-source.js';
import { customId } from '../compact/custom-ids.js';
import type { ReportInput } from '../compact/report-store.js';
import { fitWords } from '../limits.js';
import { engineFor } from '../settings/server-settings.js';
import { beginReplacing, finishReplacing } from './replace-report.js';
import { requireReport } from './stored-report.js';
import type { UiContext } from './ui-context.js';

const MAX_SOURCES = 10;
/** Discord's limit for one text input. */
const TEXT_MAX = 4000;

/** [Add source]: a form with a link field and a field for an article's text. */
export async function openAddSource(interaction: ButtonInteraction, target: { reportId: string }, ctx: UiContext): Promise<void> {
  const stored = await requireReport(ctx.ui.reports, target.reportId, interaction.locale);
  const t = translator(interaction.locale);
  if (stored.inputs.length >= MAX_SOURCES) throw new UserError(t('addSourceFull', { max: MAX_SOURCES }));
  await interaction.showModal({
    custom_id: customId({ action: 'add-submit', reportId: stored.id }),
    title: fitWords(t('addSourceTitle'), 45),
    components: [
      { type: ComponentType.Label, label: t('addSourceLink'), component: { type: ComponentType.TextInput, custom_id: 'link', style: TextInputStyle.Short, required: false, max_length: 2000, placeholder: t('addSourceLinkHint') } },
      { type: ComponentType.Label, label: fitWords(t('addSourceText'), 45), component: { type: ComponentType.TextInput, custom_id: 'text', style: TextInputStyle.Paragraph, required: false, max_length: TEXT_MAX } },
    ],
  });
}

/**
 * The form sent: the sources asked for are read and the comparison made again with them, every
 * earlier source keeping its id (they are not read again), and the report above is replaced.
 */
export async function submitAddSource(interaction: ModalSubmitInteraction, target: { reportId: string }, ctx: UiContext): Promise<void> {
  const t = translator(interaction.locale);
  const added = requestsOf(interaction.fields.getTextInputValue('link'), interaction.fields.getTextInputValue('text'));
  if (added.length === 0) throw new UserError(t('addSourceNeedsOne'));
  const stored = await requireReport(ctx.ui.reports, target.reportId, interaction.locale);
  if (stored.inputs.length + added.length > MAX_SOURCES) throw new UserError(t('addSourceFull', { max: MAX_SOURCES }));
  const how = await beginReplacing(interaction);

  const read = new Map(stored.sources.map((s) => [s.id, s]));
  // Sources already read are handed over as read; only an earlier unreadable one is tried again.
  const inputs: ReportInput[] = [...stored.inputs, ...added];
  const requests = inputs.map((input, i) => {
    const source = read.get(`S${i + 1}`);
    return source ? { article: source.article } : input.request;
  });
  const comparison = await ctx.service.compare(requests, {
    labels: inputs.map((i) => i.label),
    engine: engineFor(await ctx.ui.settings.get(stored.guildId), undefined),
    locale: stored.locale,
    requester: { guildId: interaction.guildId, userId: interaction.user.id },
    signal: ctx.signal,
  });
  const first = stored.inputs.length + 1;
  const ids = added.map((_, i) => `S${first + i}`);
  const failed = comparison.report.unreadable.filter((u) => ids.includes(u.id));
  const ok = ids.filter((id) => !failed.some((u) => u.id === id));
  const content = ok.length ? t('added', { ids: ok.join(', ') }) : t('nothingAdded', { reasons: failed.map((u) => `${u.id}: ${escapeText(u.reason)}`).join(' · ') });
  await finishReplacing(interaction, how, ctx.ui.reports, { stored, comparison, inputs }, content);
}

function requestsOf(linkField: string, textField: string): ReportInput[] {
  const links = parseSourcesOption(linkField).urls.map((url) => ({ label: url, request: { url } as LoadRequest }));
  const text = textField.trim();
  return [...links, ...(text ? [{ label: 'pasted text', request: { text } }] : [])];
}
