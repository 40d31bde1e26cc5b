import type { Keyv } from 'keyv';
import type { ReportInput } from './report-store.js';

/** How long a list collected with Apps › Add to comparison waits to be compared. */
export const PENDING_MINUTES = 15;
export const PENDING_MAX = 10;

/** Each person's list of sources collected from messages, kept PENDING_MINUTES after the last addition. */
export class PendingStore {
  constructor(private readonly store: Keyv<ReportInput[]>) {}

  async get(userId: string): Promise<ReportInput[]> {
    return (await this.store.get(userId)) ?? [];
  }

  /** Adds what is not in the list yet (by link or file name), up to PENDING_MAX; returns the list and what did not fit. */
  async add(userId: string, inputs: ReportInput[]): Promise<{ list: ReportInput[]; dropped: number }> {
    const list = await this.get(userId);
    let dropped = 0;
    for (const input of inputs) {
      if (list.some((i) => i.label === input.label)) continue;
      if (list.length >= PENDING_MAX) dropped++;
      else list.push(input);
    }
    await this.store.set(userId, list, PENDING_MINUTES * 60_000);
    return { list, dropped };
  }

  async clear(userId: string): Promise<void> {
    await this.store.delete(userId);
  }
}
