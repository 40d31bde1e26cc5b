import type { Message } from 'discord.js';
import { QUESTION_WORDS } from '../analysis/lexicon/question-words.js';
import type { SourceId } from '../report/types.js';
import { linksIn } from '../service/requests.js';
import { type CommandContext, NO_MENTIONS } from './command.js';
import type { ThreadState } from '../conversation/thread-state.js';
import { type Translate, translator } from '../i18n/translate.js';
import type { Change } from '../service/thread-change.js';
import { replyToMessageWithError } from './error-boundary.js';
import { renderAnswer, renderChange } from './render-thread.js';
import { answersIn } from './settings/server-settings.js';

/** A question ends with "?" or opens with a question word ("What did S2 say", "Explain the toll"). */
const isQuestion = (text: string) => /\?\s*$/.test(text) || QUESTION_WORDS.has(/^[a-z]+/i.exec(text)?.[0]?.toLowerCase() ?? '');

/**
 * A message in a comparison thread: a link adds a source, "drop S2" removes one, "stop"/"start"
 * toggles plain-message answers, a question gets an answer from the sources. Other chatter is
 * left alone, so people can talk in the thread without the bot answering every line. Errors are told
 * to the author in the thread's language.
 */
export async function handleThreadMessage(message: Message, ctx: CommandContext): Promise<void> {
  if (message.author.bot || !message.channel.isThread()) return;
  // Comparison threads are the bot's own: other threads are left alone without asking the store.
  if (message.channel.ownerId && message.channel.ownerId !== message.client.user?.id) return;
  // Where the server's managers limited the bot to some channels, a thread elsewhere is left alone, its
  // @mentions too: commands there are refused with where the bot answers, chatter is not answered at all.
  if (message.guildId && !answersIn(await ctx.ui.settings.get(message.guildId), message.channel.id, message.channel.parentId)) return;
  const state = await ctx.service.thread(message.channel.id);
  if (!state) return;
  // A message has no locale: the bot speaks the language of the comparison's thread (whoever started it).
  const locale = state.locale ?? message.guild?.preferredLocale;
  await answerInThread(message, state, translator(locale), ctx).catch((err: unknown) => replyToMessageWithError(message, err, ctx.log, locale));
}

async function answerInThread(message: Message, state: ThreadState, t: Translate, { service, signal }: CommandContext): Promise<void> {
  const mentioned = message.client.user ? message.mentions.users.has(message.client.user.id) : false;
  const cleaned = message.content.trim().replace(/<@!?\d+>/g, '').trim();
  const requester = { guildId: message.guildId, userId: message.author.id };

  if (/^(stop|mute|quiet)\b/i.test(cleaned) && cleaned.split(/\s+/).length <= 3) {
    await service.setListening(state.threadId, false);
    return reply(message, t('quiet'));
  }
  if (/^(start|unmute|resume)\b/i.test(cleaned) && cleaned.split(/\s+/).length <= 3) {
    await service.setListening(state.threadId, true);
    return reply(message, t('listening'));
  }
  const drop = /^(?:drop|remove)\s+(s\d+)\b/i.exec(cleaned);
  if (drop) {
    const id = drop[1]!.toUpperCase() as SourceId;
    await typing(message);
    return reply(message, renderChange(await service.dropSource(state.threadId, id, { requester, signal }), t('droppedId', { id }), t));
  }
  const links = linksIn(cleaned);
  if (links.requests.length > 0) {
    await typing(message);
    const change = await service.addSources(state.threadId, links, { requester, signal });
    return reply(message, renderChange(change, addedLine(change, t), t));
  }
  if (!(state.listening || mentioned) || !(isQuestion(cleaned) || mentioned) || cleaned.length < 3) return;
  const answer = await service.ask(state.threadId, cleaned, { userId: message.author.id, signal });
  await reply(message, renderAnswer(cleaned, answer, answer.state.sources, t));
}

/** "Added S3, S4." or "Nothing was added.", for /sources add and a link posted in the thread. */
export function addedLine(change: Pick<Change, 'added'>, t: Translate): string {
  return change.added.length ? t('addedIds', { ids: change.added.map((a) => a.id).join(', ') }) : t('nothingAddedShort');
}

async function typing(message: Message): Promise<void> {
  if (message.channel.isSendable()) await message.channel.sendTyping().catch(() => undefined);
}

async function reply(message: Message, content: string): Promise<void> {
  await message.reply({ content, allowedMentions: NO_MENTIONS }).catch(() => undefined);
}
