import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type Client, InteractionWebhook, type Message, MessageFlags, type TextBasedChannel } from 'discord.js';
import { NO_MENTIONS } from '../discord/command.js';
import type { Logger } from '../logger.js';
import { type Journal, type JournalEntry, TOKEN_LIFETIME_MS } from './journal.js';

/** The custom id of the "Run again" button on an interrupted comparison: `rerun:<journal id>`. */
export const RERUN_PREFIX = 'rerun:';
export const INTERRUPTED_COMPARISON = 'This comparison was interrupted because Parallax restarted.';

/** The reply of an interrupted comparison: what happened, and a button that runs it again. */
export function interruptedReply(entryId: string) {
  const button = new ButtonBuilder().setCustomId(`${RERUN_PREFIX}${entryId}`).setLabel('Run it again').setStyle(ButtonStyle.Primary);
  return { content: INTERRUPTED_COMPARISON, embeds: [], files: [], components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button).toJSON()], allowedMentions: NO_MENTIONS };
}

/**
 * What a comparison needs from the interaction it answers, built here from a journal entry so one
 * recorded before a crash can be finished through its interaction's webhook after the restart.
 */
export interface ReplyTarget {
  id: string;
  guildId: string | null;
  channelId: string;
  channel: TextBasedChannel | null;
  locale: string;
  user: { id: string };
  editReply(options: Parameters<InteractionWebhook['editMessage']>[1]): Promise<Message>;
  followUp(options: Parameters<InteractionWebhook['send']>[0]): Promise<Message>;
}

export function replyTargetOf(client: Client<true>, entry: JournalEntry): ReplyTarget {
  const webhook = new InteractionWebhook(client, entry.applicationId, entry.token);
  const channel = client.channels.cache.get(entry.channelId);
  return {
    id: entry.id,
    guildId: entry.guildId,
    channelId: entry.channelId,
    channel: channel?.isTextBased() ? channel : null,
    locale: entry.locale ?? 'en-US',
    user: { id: entry.userId },
    editReply: (options) => webhook.editMessage('@original', options),
    followUp: (options) => webhook.send(typeof options === 'object' && 'flags' in options ? options : { ...(options as object), flags: MessageFlags.Ephemeral }),
  };
}

export interface Recovery {
  /** Runs a comparison that was reading or comparing when the bot stopped, to its end. */
  resume: (entry: JournalEntry, target: ReplyTarget) => Promise<void>;
  /** Opens the thread of a report that was posted just before the bot stopped. */
  openThread: (entry: JournalEntry, target: ReplyTarget) => Promise<void>;
}

/**
 * On start: every comparison the journal holds is finished while its token still works (< 15 min),
 * a posted report gets the thread it was missing, and one that cannot be finished has its reply
 * say it was interrupted, with a button to run it again. Entries whose token expired are dropped:
 * Discord no longer lets their reply be edited. Each entry is taken up once.
 */
export async function recoverJournal(client: Client<true>, journal: Journal, recovery: Recovery, log: Logger): Promise<{ resumed: number; threads: number; interrupted: number; expired: number }> {
  const counts = { resumed: 0, threads: 0, interrupted: 0, expired: 0 };
  const take = async (entry: JournalEntry) => {
    if (entry.stage === 'interrupted') return;
    if (Date.now() - entry.startedAt > TOKEN_LIFETIME_MS) {
      await journal.finish(entry.id).catch(() => undefined);
      counts.expired += 1;
      return;
    }
    const target = replyTargetOf(client, entry);
    try {
      if (entry.stage === 'reported') {
        await recovery.openThread(entry, target);
        counts.threads += 1;
      } else {
        await recovery.resume(entry, target);
        counts.resumed += 1;
      }
      await journal.finish(entry.id);
    } catch (err) {
      log.warn({ err, interaction: entry.id }, 'could not finish an interrupted comparison; its reply says so');
      await target.editReply(interruptedReply(entry.id)).catch(() => undefined);
      await journal.update(entry.id, { stage: 'interrupted' }).catch(() => undefined);
      counts.interrupted += 1;
    }
  };
  // Together, as they ran before the restart: the worker pool and the per-site limits still bound them.
  await Promise.all((await journal.all()).map(take));
  if (counts.resumed + counts.threads + counts.interrupted + counts.expired > 0) log.info(counts, 'comparisons recorded before the restart were taken up');
  return counts;
}
