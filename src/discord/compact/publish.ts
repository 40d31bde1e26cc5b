import { translator } from '../../i18n/translate.js';
import type { Report } from '../../report/types.js';
import type { ThreadSource } from '../../conversation/thread-state.js';
import { type CompactView, renderCompact } from './render-compact.js';
import type { ReportInput, ReportStore, StoredReport } from './report-store.js';

/** Who a report is for: its language, and whose budget and server it counts against. */
export interface Audience {
  userId: string;
  guildId: string | null;
  locale: string;
}

/**
 * Keeps a comparison in the store (under `id` when it replaces one) and renders its compact first
 * view, whose buttons name the stored report.
 */
export async function storeAndRender(
  reports: ReportStore,
  comparison: { report: Report; sources: ThreadSource[] },
  inputs: ReportInput[],
  audience: Audience,
  id?: string,
): Promise<{ stored: StoredReport; view: CompactView }> {
  const stored = await reports.save({
    ...(id ? { id } : {}),
    report: comparison.report,
    sources: comparison.sources,
    inputs,
    createdBy: audience.userId,
    guildId: audience.guildId,
    locale: audience.locale,
  });
  return { stored, view: renderCompact(stored.report, stored.id, translator(audience.locale)) };
}
