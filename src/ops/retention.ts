import { type Client, Events } from 'discord.js';
import type { Keyv } from 'keyv';
import type { ThreadState } from '../conversation/thread-state.js';
import type { Logger } from '../logger.js';

/**
 * Data is kept only while it can be used: a deleted comparison thread loses its stored sources at
 * once, and a server that removes the bot loses every thread of its own (stored threads also expire
 * THREAD_TTL_DAYS after their last change, through the store's TTL).
 */
export function attachRetention(client: Client, threads: Keyv<ThreadState>, log: Logger): void {
  client.on(Events.ThreadDelete, (thread) => {
    threads.delete(thread.id).then(
      (deleted) => deleted && log.info({ threadId: thread.id }, 'thread deleted: its stored sources are deleted'),
      (err: unknown) => log.warn({ err, threadId: thread.id }, 'could not delete a deleted thread’s data'),
    );
  });
  // discord.js emits GuildDelete only when the bot was removed; an outage is GuildUnavailable.
  client.on(Events.GuildDelete, (guild) => {
    deleteGuildThreads(threads, guild.id).then(
      (count) => log.info({ guildId: guild.id, threads: count }, 'removed from a server: its stored threads are deleted'),
      (err: unknown) => log.warn({ err, guildId: guild.id }, 'could not delete a removed server’s data'),
    );
  });
}

/** Deletes every stored thread of a server; returns how many. Scans the threads, which is rare enough. */
export async function deleteGuildThreads(threads: Keyv<ThreadState>, guildId: string): Promise<number> {
  if (!threads.iterator) return 0;
  const doomed: string[] = [];
  for await (const [key, state] of threads.iterator(undefined)) if ((state as ThreadState | undefined)?.guildId === guildId) doomed.push(String(key));
  for (const key of doomed) await threads.delete(key);
  return doomed.length;
}
