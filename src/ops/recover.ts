import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type Client, ShardClientUtil } from 'discord.js';
import { type ReplyTarget, replyTargetOf } from '../discord/reply-target.js';
import { NO_MENTIONS } from '../discord/command.js';
import { UserError } from '../errors.js';
import { translator } from '../i18n/translate.js';
import type { Logger } from '../logger.js';
import { RestartingError } from './lifecycle.js';
import { type Journal, type JournalEntry, TOKEN_LIFETIME_MS } from './journal.js';

/** The custom id of the "Run again" button on an interrupted comparison: `rerun:<journal id>`. */
export const RERUN_PREFIX = 'rerun:';

/** The reply of an interrupted comparison, in the reader's language: what happened, and a button that runs it again. */
export function interruptedReply(entryId: string, locale?: string | null) {
  const t = translator(locale);
  const button = new ButtonBuilder().setCustomId(`${RERUN_PREFIX}${entryId}`).setLabel(t('buttonRunAgain')).setStyle(ButtonStyle.Primary);
  return { content: t('interrupted'), embeds: [], files: [], components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button).toJSON()], allowedMentions: NO_MENTIONS };
}

export interface Recovery {
  /** Runs a comparison that was reading or comparing when the bot stopped, to its end. */
  resume: (entry: JournalEntry, target: ReplyTarget) => Promise<void>;
  /** Opens the thread of a report that was posted just before the bot stopped. */
  openThread: (entry: JournalEntry, target: ReplyTarget) => Promise<void>;
  /** With a job queue (QUEUE_URL): the entry is handed to the workers, who finish it and clear it. */
  handOff?: (entry: JournalEntry) => Promise<void>;
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
): Promise<Record<'resumed' | 'threads' | 'interrupted' | 'expired' | 'answered' | 'queued' | 'done', number>> {
  const counts = { resumed: 0, threads: 0, interrupted: 0, expired: 0, answered: 0, queued: 0, done: 0 };
  const take = async (entry: JournalEntry) => {
    if (entry.stage === 'interrupted' || !ours(entry)) return;
    if (await dropExpired(journal, entry)) {
      counts.expired += 1;
      return;
    }
    if (recovery.handOff) {
      // Enqueued under its own id: an entry already in the queue stays the one job it was.
      await recovery.handOff(entry).then(() => (counts.queued += 1), (err: unknown) => log.warn({ err, interaction: entry.id }, 'could not hand a comparison to the workers'));
      return;
    }
    counts[await takeUp(entry, replyTargetOf(client, entry), journal, recovery, track, log)] += 1;
  };
  // Together, as they ran before the restart: the worker pool and the per-site limits still bound them.
  await Promise.all((await journal.all()).map(take));
  if (Object.values(counts).some((n) => n > 0)) log.info(counts, 'comparisons recorded before the restart were taken up');
  return counts;
}

/** An entry whose token expired is dropped: Discord no longer lets its reply be edited. */
export async function dropExpired(journal: Journal, entry: JournalEntry): Promise<boolean> {
  if (Date.now() - entry.startedAt <= TOKEN_LIFETIME_MS) return false;
  await journal.finish(entry.id).catch(() => undefined);
  return true;
}

/**
 * Finishes one journaled comparison through its reply `target`: a posted report gets its missing
 * thread, anything else runs to its end; then the entry is cleared. A UserError is said in the reply
 * (what the user would have been told anyway); any other failure, or a stop, makes the reply say it
 * was interrupted, with the button. Also how a queue worker runs a job (src/queue).
 */
export async function takeUp(
  entry: JournalEntry,
  target: ReplyTarget,
  journal: Journal,
  recovery: Recovery,
  track: (id: string, task: () => Promise<void>, interrupt: () => Promise<void>) => Promise<void>,
  log: Logger,
): Promise<'resumed' | 'threads' | 'interrupted' | 'answered' | 'done'> {
  // A private report posted before the stop is done: it never has a thread.
  if (entry.stage === 'reported' && entry.hidden) {
    await journal.finish(entry.id);
    return 'done';
  }
  const interrupted = async () => {
    await target.editReply(interruptedReply(entry.id, entry.locale)).catch(() => undefined);
    await journal.update(entry.id, { stage: 'interrupted' });
  };
  try {
    await track(entry.id, () => (entry.stage === 'reported' ? recovery.openThread(entry, target) : recovery.resume(entry, target)), interrupted);
    await journal.finish(entry.id);
    return entry.stage === 'reported' ? 'threads' : 'resumed';
  } catch (err) {
    if (err instanceof UserError && !(err instanceof RestartingError)) {
      // What the user would have been told without the restart (e.g. too few sources readable).
      await target.editReply({ content: err.translate(entry.locale), embeds: [], components: [], allowedMentions: NO_MENTIONS }).catch(() => undefined);
      await journal.finish(entry.id);
      return 'answered';
    }
    log.warn({ err, interaction: entry.id }, 'could not finish an interrupted comparison; its reply says so');
    await interrupted();
    return 'interrupted';
  }
}

/** The shard Discord sends a guild's events to; DMs go to shard 0. */
export function shardOf(guildId: string | null, shardCount: number): number {
  return guildId ? ShardClientUtil.shardIdForGuildId(guildId, shardCount) : 0;
}
