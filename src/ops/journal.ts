import type { Keyv } from 'keyv';
import type { LoadRequest } from '../sources/load-source.js';

/** Discord lets a bot edit an interaction's reply for 15 minutes; a margin keeps the last edit inside it. */
export const TOKEN_LIFETIME_MS = 14 * 60_000;
/** How long an interrupted comparison can be run again with its button. */
const RERUN_KEPT_MS = 24 * 3_600_000;

/** A comparison as recorded before its first slow step, so a crash or restart cannot lose it. */
export interface JournalEntry {
  /** The interaction's id: also the key of the "run again" button. */
  id: string;
  applicationId: string;
  /** The interaction token: the reply can be edited with it until TOKEN_LIFETIME_MS after `startedAt`. */
  token: string;
  startedAt: number;
  guildId: string | null;
  channelId: string;
  userId: string;
  locale?: string | undefined;
  requests: LoadRequest[];
  labels: string[];
  engine?: 'offline' | 'llm' | undefined;
  /** A private report: finished after a restart in the same private reply, and no thread is opened. */
  hidden?: boolean | undefined;
  /** started: reading or comparing; reported: the report is posted (its thread may still be missing); interrupted: told so. */
  stage: 'started' | 'reported' | 'interrupted';
  /** The report message, once posted: the thread is opened from it, with this name. */
  replyId?: string | undefined;
  threadName?: string | undefined;
}

/**
 * The store of comparisons in flight. Entries are small and few (only what runs), so listing them
 * scans. Writing is best effort: while the store is down a comparison still runs (the outage is
 * logged by the store's health), it just would not survive a crash.
 */
export class Journal {
  constructor(private readonly store: Keyv<JournalEntry>) {}

  async begin(entry: Omit<JournalEntry, 'stage' | 'startedAt'> & { startedAt?: number }): Promise<void> {
    const full: JournalEntry = { ...entry, startedAt: entry.startedAt ?? Date.now(), stage: 'started' };
    await this.store.set(full.id, full, RERUN_KEPT_MS).catch(() => undefined);
  }

  get(id: string): Promise<JournalEntry | undefined> {
    return this.store.get(id);
  }

  async update(id: string, patch: Partial<Pick<JournalEntry, 'stage' | 'replyId' | 'threadName'>>): Promise<void> {
    const entry = await this.store.get(id).catch(() => undefined);
    if (entry) await this.store.set(id, { ...entry, ...patch }, RERUN_KEPT_MS).catch(() => undefined);
  }

  async finish(id: string): Promise<void> {
    await this.store.delete(id).catch(() => undefined);
  }

  /** Every recorded entry, oldest first. */
  async all(): Promise<JournalEntry[]> {
    const entries: JournalEntry[] = [];
    if (!this.store.iterator) return entries;
    for await (const [, value] of this.store.iterator(undefined)) if (value) entries.push(value as JournalEntry);
    return entries.sort((a, b) => a.startedAt - b.startedAt);
  }
}
