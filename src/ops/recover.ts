import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type Client, ShardClientUtil } from 'discord.js';
import { type ReplyTarget, replyTargetOf } from '../discord/reply-target.js';
import { NO_MENTIONS } from '../discord/command.js';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import { RestartingError } from './lifecycle.js';
import { type Journal, type JournalEntry, TOKEN_LIFETIME_MS } from './journal.js';

/** The custom id of the "Run again" button on an interrupted comparison: `rerun:<journal id>`. */
export const RERUN_PREFIX = 'rerun:';
export const INTERRUPTED_COMPARISON = 'This comparison was interrupted because Parallax restarted.';

/** The reply of an interrupted comparison: what happened, and a button that runs it again. */
export function interruptedReply(entryId: string) {
  const button = new ButtonBuilder().setCustomId(`${RERUN_PREFIX}${entryId}`).setLabel('Run it again').setStyle(ButtonStyle.Primary);
  return { content: INTERRUPTED_COMPARISON, embeds: [], files: [], components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button).toJSON()], allowedMentions: NO_MENTIONS };
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
export async function recoverJournal(
  client: Client<true>,
  journal: Journal,
  recovery: Recovery,
  /** Runs each as tracked work, so a shutdown drains it too (and marks it interrupted). */
  track: (id: string, task: () => Promise<void>, interrupt: () => Promise<void>) => Promise<void>,
  log: Logger,
  /** Whether this process holds the entry's shard: with several processes on one store, each takes up its own. */
  ours: (entry: JournalEntry) => boolean = () => true,
): Promise<{ resumed: number; threads: number; interrupted: number; expired: number }> {
  const counts = { resumed: 0, threads: 0, interrupted: 0, expired: 0 };
  const take = async (entry: JournalEntry) => {
    if (entry.stage === 'interrupted' || !ours(entry)) return;
    if (Date.now() - entry.startedAt > TOKEN_LIFETIME_MS) {
      await journal.finish(entry.id).catch(() => undefined);
      counts.expired += 1;
      return;
    }
    // A private report posted before the stop is done: it never has a thread.
    if (entry.stage === 'reported' && entry.hidden) return void (await journal.finish(entry.id));
    const target = replyTargetOf(client, entry);
    const interrupted = async () => {
      await target.editReply(interruptedReply(entry.id)).catch(() => undefined);
      await journal.update(entry.id, { stage: 'interrupted' });
    };
    try {
      await track(entry.id, () => (entry.stage === 'reported' ? recovery.openThread(entry, target) : recovery.resume(entry, target)), interrupted);
      counts[entry.stage === 'reported' ? 'threads' : 'resumed'] += 1;
      await journal.finish(entry.id);
    } catch (err) {
      if (err instanceof UserError && !(err instanceof RestartingError)) {
        // What the user would have been told without the restart (e.g. too few sources readable).
        await target.editReply({ content: err.translate(entry.locale), embeds: [], components: [], allowedMentions: NO_MENTIONS }).catch(() => undefined);
        await journal.finish(entry.id);
        return;
      }
      log.warn({ err, interaction: entry.id }, 'could not finish an interrupted comparison; its reply says so');
      await interrupted();
      counts.interrupted += 1;
    }
  };
  // Together, as they ran before the restart: the worker pool and the per-site limits still bound them.
  await Promise.all((await journal.all()).map(take));
  if (counts.resumed + counts.threads + counts.interrupted + counts.expired > 0) log.info(counts, 'comparisons recorded before the restart were taken up');
  return counts;
}

/** The shard Discord sends a guild's events to; DMs go to shard 0. */
export function shardOf(guildId: string | null, shardCount: number): number {
  return guildId ? ShardClientUtil.shardIdForGuildId(guildId, shardCount) : 0;
}
