import type { Message } from 'discord.js';
import { UserError } from '../errors.js';
import type { SourceId } from '../report/types.js';
import { parseSourcesOption } from '../sources/links.js';
import { type BotContext, NO_MENTIONS } from './command.js';
import { renderAnswer, renderChange } from './render-thread.js';

const QUESTION = /\?\s*$|^(what|who|whom|when|where|why|how|which|did|does|do|is|are|was|were|can|could|should|would|will|has|have|had|tell|explain|compare|list|show)\b/i;

/**
 * A message in a comparison thread: a link adds a source, "drop S2" removes one, "stop"/"start"
 * toggles plain-message answers, a question gets an answer from the sources. Other chatter is
 * left alone, so people can talk in the thread without the bot answering every line.
 */
export async function handleThreadMessage(message: Message, ctx: BotContext): Promise<void> {
  if (message.author.bot || !message.channel.isThread()) return;
  const state = await ctx.conversations.get(message.channel.id);
  if (!state) return;
  const text = message.content.trim();
  const mentioned = message.client.user ? message.mentions.users.has(message.client.user.id) : false;
  const cleaned = text.replace(/<@!?\d+>/g, '').trim();

  try {
    if (/^(stop|mute|quiet)\b/i.test(cleaned) && cleaned.split(/\s+/).length <= 3) {
      await ctx.conversations.setListening(state.threadId, false);
      await reply(message, 'I will stay quiet here; mention me or use `/ask` to ask something, and say `start` to have me answer questions again.');
      return;
    }
    if (/^(start|unmute|resume)\b/i.test(cleaned) && cleaned.split(/\s+/).length <= 3) {
      await ctx.conversations.setListening(state.threadId, true);
      await reply(message, 'I will answer questions in this thread again.');
      return;
    }
    const drop = /^(?:drop|remove)\s+(s\d+)\b/i.exec(cleaned);
    if (drop) {
      const id = drop[1]!.toUpperCase() as SourceId;
      await message.channel.sendTyping().catch(() => undefined);
      const change = await ctx.conversations.dropSource(state.threadId, id);
      await reply(message, renderChange(change, `Dropped ${id}.`));
      return;
    }
    const parsed = parseSourcesOption(cleaned);
    if (parsed.urls.length > 0) {
      await message.channel.sendTyping().catch(() => undefined);
      const change = await ctx.conversations.addSources(state.threadId, parsed.urls.map((url) => ({ url })), parsed.urls);
      const what = change.added.length ? `Added ${change.added.map((a) => a.id).join(', ')}.` : 'Nothing was added.';
      await reply(message, renderChange(change, what));
      return;
    }
    if (!(state.listening || mentioned) || !(QUESTION.test(cleaned) || mentioned) || cleaned.length < 3) return;
    const answer = await ctx.conversations.ask(state.threadId, cleaned, message.author.id);
    await reply(message, renderAnswer(cleaned, answer, answer.state.sources));
  } catch (err) {
    if (err instanceof UserError) await reply(message, err.message);
    else {
      ctx.log.error({ err, threadId: state.threadId }, 'thread message failed');
      await reply(message, 'Something went wrong on our side while doing that; it has been logged.');
    }
  }
}

async function reply(message: Message, content: string): Promise<void> {
  await message.reply({ content, allowedMentions: NO_MENTIONS }).catch(() => undefined);
}
