import type { Client } from 'discord.js';
import { type ReplyTarget, replyTargetOf } from '../discord/reply-target.js';
import type { Logger } from '../logger.js';
import type { Journal, JournalEntry } from '../ops/journal.js';
import { dropExpired, type Recovery, takeUp } from '../ops/recover.js';

export interface JobDeps {
  journal: Journal;
  log: Logger;
  /** Runs the job as tracked work (Lifecycle.run), so a worker's shutdown drains it. */
  track: (id: string, task: () => Promise<void>, interrupt: () => Promise<void>) => Promise<void>;
  /** The reply of a journaled interaction, rebuilt from its token. */
  targetOf: (entry: JournalEntry) => Promise<ReplyTarget>;
  /** The two paths of a journaled comparison: run it, or open the thread of its posted report. */
  recovery: Recovery;
}

/**
 * One job: the comparison journaled under `id`, finished exactly as a restart finishes it. The
 * journal's stage makes a second run of the same job (its first worker was killed) safe: an entry
 * already cleared or told "interrupted" is left alone, a `reported` one only gets its missing thread,
 * a `started` one runs from the beginning into the same reply. A failure that is the user's is said in
 * the reply and not retried (takeUp). A store that cannot be read throws: BullMQ tries again later.
 */
export async function runJob(id: string, deps: JobDeps): Promise<string> {
  const entry = await deps.journal.get(id);
  if (!entry || entry.stage === 'interrupted') return 'nothing left to do';
  if (await dropExpired(deps.journal, entry)) return 'expired';
  return takeUp(entry, await deps.targetOf(entry), deps.journal, deps.recovery, deps.track, deps.log);
}

/**
 * The reply target in a process without the gateway (a worker): there is no cache, so the guild and
 * the channel are read through REST first. The report's message then knows its channel, which is
 * what opening a thread on it needs. A channel the bot cannot read leaves the report without a thread.
 */
export async function restReplyTarget(client: Client, entry: JournalEntry): Promise<ReplyTarget> {
  if (entry.guildId) await client.guilds.fetch(entry.guildId).catch(() => undefined);
  await client.channels.fetch(entry.channelId).catch(() => undefined);
  return replyTargetOf(client as Client<true>, entry);
}
