import { translator } from '../../i18n/translate.js';
import type { Report } from '../../report/types.js';
import type { ThreadSource } from '../../conversation/thread-state.js';
import { type CompactView, renderCompact } from './render-compact.js';
import type { ReportInput, ReportStore } from './report-store.js';

/** Who a report is for: its language, and whose budget and server it counts against. */
export interface Audience {
  userId: string;
  guildId: string | null;
  locale: string;
}

/**
 * Keeps a comparison in the store (under `id` when it replaces one) and renders its compact first
 * view, whose buttons name the stored report. A new report that cannot be stored (the store is down)
 * is still shown, without buttons: they would have nothing to act on. A replacement must be stored.
 */
export async function storeAndRender(
  reports: ReportStore,
  comparison: { report: Report; sources: ThreadSource[] },
  inputs: ReportInput[],
  audience: Audience,
  id?: string,
): Promise<{ view: CompactView }> {
  const t = translator(audience.locale);
  const saving = reports.save({
    ...(id ? { id } : {}),
    report: comparison.report,
    sources: comparison.sources,
    inputs,
    createdBy: audience.userId,
    guildId: audience.guildId,
    locale: audience.locale,
  });
  if (id) return { view: renderCompact(comparison.report, (await saving).id, t) };
  const stored = await saving.catch(() => undefined);
  if (!stored) return { view: { ...renderCompact(comparison.report, 'unsaved', t), components: [] } };
  return { view: renderCompact(stored.report, stored.id, t) };
}
