import { randomBytes } from 'node:crypto';
import type { Keyv } from 'keyv';
import type { ThreadSource } from '../../conversation/thread-state.js';
import type { Report } from '../../report/types.js';
import type { LoadRequest } from '../../sources/load-source.js';

/** How long a report's buttons keep working: its state stays in the store this long. */
export const REPORT_DAYS = 30;

/** What a report's buttons and modals need after a restart: the report and the sources it was made from. */
export interface StoredReport {
  version: 1;
  id: string;
  report: Report;
  sources: ThreadSource[];
  /** What was asked for, in id order (S1 first), so a source added later keeps every id as it was. */
  inputs: ReportInput[];
  createdBy: string;
  guildId: string | null;
  locale: string;
  createdAt: string;
}

export interface ReportInput {
  label: string;
  request: LoadRequest;
}

/** Reports by id, in their own Keyv namespace, each kept for REPORT_DAYS. */
export class ReportStore {
  constructor(private readonly store: Keyv<StoredReport>) {}

  async save(entry: Omit<StoredReport, 'version' | 'id' | 'createdAt'> & { id?: string }): Promise<StoredReport> {
    const stored: StoredReport = { ...entry, version: 1, id: entry.id ?? newReportId(), createdAt: new Date().toISOString() };
    await this.store.set(stored.id, stored, REPORT_DAYS * 86_400_000);
    return stored;
  }

  get(id: string): Promise<StoredReport | undefined> {
    return this.store.get(id);
  }
}

/** 12 random URL-safe characters: unguessable, and short enough for a custom_id. */
export function newReportId(): string {
  return randomBytes(9).toString('base64url');
}
