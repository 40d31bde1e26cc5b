import { type APIModalInteractionResponseCallbackData, ComponentType, type ModalSubmitInteraction, TextInputStyle } from 'discord.js';
import { UserError } from '../../errors.js';
import { translator } from '../../i18n/translate.js';
import { parseSourcesOption } from '../../sources/links.js';
import { customId } from '../compact/custom-ids.js';
import type { ReportInput } from '../compact/report-store.js';
import { runComparison } from '../compact/run-comparison.js';
import { fitWords } from '../limits.js';
import type { UiContext } from './ui-context.js';

/** Discord's limit for one text input. */
const TEXT_MAX = 4000;

/** The /compare form, for long input: links in one field, an article's text in another. */
export function compareForm(locale: string, options: { private: boolean; engine?: 'offline' | 'llm' | undefined }): APIModalInteractionResponseCallbackData {
  const t = translator(locale);
  return {
    custom_id: customId({ action: 'compare-form', ...options }),
    title: fitWords(t('compareFormTitle'), 45),
    components: [
      { type: ComponentType.Label, label: fitWords(t('compareFormLinks'), 45), component: { type: ComponentType.TextInput, custom_id: 'links', style: TextInputStyle.Paragraph, required: false, max_length: TEXT_MAX, placeholder: 'https://…' } },
      { type: ComponentType.Label, label: fitWords(t('compareFormText'), 45), component: { type: ComponentType.TextInput, custom_id: 'text', style: TextInputStyle.Paragraph, required: false, max_length: TEXT_MAX } },
    ],
  };
}

/** The form sent: its links and its text compared like /compare's option and files. */
export async function submitCompareForm(interaction: ModalSubmitInteraction, options: { private: boolean; engine?: 'offline' | 'llm' | undefined }, ctx: UiContext): Promise<void> {
  const links = parseSourcesOption(interaction.fields.getTextInputValue('links'));
  const text = interaction.fields.getTextInputValue('text').trim();
  const inputs: ReportInput[] = [
    ...links.urls.map((url) => ({ label: url, request: { url } })),
    // Text typed among the links counts, as in the option; the text field is one source whatever its length.
    ...(links.text ? [{ label: 'pasted text', request: { text: links.text } }] : []),
    ...(text ? [{ label: 'pasted text', request: { text } }] : []),
  ];
  if (inputs.length === 0) throw new UserError(translator(interaction.locale)('compareFormEmpty'));
  await runComparison(interaction, { inputs, ...options }, ctx);
}
