import { type ChatInputCommandInteraction, type Message, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { UserError } from '../src/errors.js';
import { analyzeSources, MAX_SOURCES, MIN_SOURCES, readSources } from '../src/pipeline.js';
import type { LoadRequest } from '../src/sources/load-source.js';
import type { Report, SourceInput } from '../src/report/types.js';
import { type BotContext, type Command, NO_MENTIONS } from '../src/discord/command.js';
import { fitWords, LIMITS } from '../src/discord/limits.js';
import { renderReportEmbeds } from '../src/discord/render-report.js';
import { parseSourcesOption } from '../src/sources/links.js';
import type { ThreadSource } from '../src/conversation/thread-state.js';

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

/** A source to read, with how to name it to the user. */
type Pending = { label: string; request: LoadRequest };

export const compareCommand: Command = {
  data: data.toJSON(),
  async execute(interaction, ctx) {
    const pending = collectSources(interaction);
    if (pending.length < MIN_SOURCES) throw new UserError(`Give at least ${MIN_SOURCES} sources to compare: links, pasted text or files (you gave ${pending.length}).`);
    if (pending.length > MAX_SOURCES) throw new UserError(`Give at most ${MAX_SOURCES} sources to compare (you gave ${pending.length}).`);

    await interaction.deferReply();
    const progress = progressReporter(interaction);
    const read = await readSources(
      pending.map((p) => p.request),
      { loader: ctx.loader, labels: pending.map((p) => p.label), onProgress: ({ done, total }) => progress(`Reading ${done}/${total} sources…`) },
    );
    const unreadable = read.unreadable;
    const sources: ThreadSource[] = read.articles.map(({ id, article }) => {
      const p = pending[Number(id.slice(1)) - 1]!;
      // A file is kept as the text read from it: its Discord link expires, the text does not.
      const input: SourceInput = 'file' in p.request || 'article' in p.request ? { text: article.text, title: article.title ?? p.label } : p.request;
      return { id, input, label: p.label, article };
    });
    if (sources.length < MIN_SOURCES) {
      throw new UserError(
        fitWords(`Only ${sources.length} of ${pending.length} sources could be read; at least ${MIN_SOURCES} are needed.\n${unreadable.map((u) => `• ${u.id} ${u.input}: ${u.reason}`).join('\n')}`, LIMITS.content),
      );
    }

    const wanted = (interaction.options.getString('engine') ?? 'llm') as 'offline' | 'llm';
    progress(`Comparing ${sources.length} sources${wanted === 'llm' && ctx.llm ? ' (with the model)' : ''}…`, true);
    const result = await analyzeSources(sources, {
      cpu: ctx.cpu,
      llm: ctx.llm,
      engine: wanted,
      llmContext: { locale: interaction.locale, guildId: interaction.guildId, userId: interaction.user.id },
    });
    const report: Report = { ...result, unreadable };
    if (wanted === 'llm' && !ctx.llm && interaction.options.getString('engine')) {
      report.engine = { ...report.engine, fallback: 'No model is configured on this bot, so the offline engine answered.' };
    }
    const rendered = renderReportEmbeds(report);
    const message = await interaction.editReply({
      content: '',
      embeds: rendered.embeds,
      files: rendered.file ? [{ attachment: rendered.file.data, name: rendered.file.name }] : [],
      allowedMentions: NO_MENTIONS,
    });
    ctx.ops.reported(interaction.id, report);
    ctx.log.info({ command: 'compare', guildId: interaction.guildId, userId: interaction.user.id, sources: sources.length, unreadable: unreadable.length, discrepancies: report.discrepancies.length, engine: report.engine }, 'comparison done');
    await openThread(message, interaction, report, sources, ctx);
  },
};

function collectSources(interaction: ChatInputCommandInteraction): Pending[] {
  const parsed = parseSourcesOption(interaction.options.getString('sources', true));
  const pending: Pending[] = parsed.urls.map((url) => ({ label: url, request: { url } }));
  if (parsed.text) pending.push({ label: 'pasted text', request: { text: parsed.text } });
  for (const name of FILE_OPTIONS) {
    const file = interaction.options.getAttachment(name);
    if (file) pending.push({ label: file.name, request: { file: { url: file.url, name: file.name, size: file.size, contentType: file.contentType } } });
  }
  return pending;
}

/** Edits the deferred reply with progress, at most once a second unless forced, never after the result. */
function progressReporter(interaction: ChatInputCommandInteraction) {
  let last = 0;
  return (text: string, force = false) => {
    const now = Date.now();
    if (!force && now - last < 1000) return;
    last = now;
    void interaction.editReply({ content: text, allowedMentions: NO_MENTIONS }).catch(() => undefined);
  };
}

async function openThread(message: Message, interaction: ChatInputCommandInteraction, report: Report, sources: ThreadSource[], ctx: BotContext): Promise<void> {
  if (!interaction.channel || interaction.channel.isThread() || !('threads' in interaction.channel)) return;
  try {
    const name = fitWords(`Compare: ${report.event?.title ?? 'sources'}`, LIMITS.threadName);
    const thread = await message.startThread({ name, autoArchiveDuration: 1440 });
    await ctx.conversations.start(
      {
        threadId: thread.id,
        guildId: interaction.guildId,
        channelId: interaction.channelId,
        createdBy: interaction.user.id,
        nextNumber: sources.length + report.unreadable.length + 1,
        locale: interaction.locale,
        sources,
      },
      report,
    );
    await thread.send({
      content:
        'Ask me anything about these sources here: I answer from their own words and cite them as [S1], [S2]… ' +
        'Post a link to add a source, `drop S2` to remove one, `stop` to make me stop answering plain messages (`/ask` still works).',
      allowedMentions: NO_MENTIONS,
    });
  } catch (err) {
    ctx.log.warn({ err, channelId: interaction.channelId }, 'could not open a thread for a comparison');
    await interaction.followUp({ content: 'I could not open a thread here (missing permission?), so follow-up questions are not available for this comparison.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }).catch(() => undefined);
  }
}
