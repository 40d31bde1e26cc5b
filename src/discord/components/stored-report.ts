import { UserError } from '../../errors.js';
import { translator } from '../../i18n/translate.js';
import { REPORT_DAYS, type ReportStore, type StoredReport } from '../compact/report-store.js';

/** The report a button names; a UserError in the reader's language when it is no longer stored. */
export async function requireReport(reports: ReportStore, id: string, locale: string): Promise<StoredReport> {
  const stored = await reports.get(id);
  if (!stored) throw new UserError(translator(locale)('expired', { days: REPORT_DAYS }));
  return stored;
}
