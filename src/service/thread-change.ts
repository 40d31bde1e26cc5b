import type { ThreadSource, ThreadState } from '../conversation/thread-state.js';
import { keyOf } from '../report/keys.js';
import type { Discrepancy, Report, SourceId, UnreadableSource } from '../report/types.js';

/** What adding or dropping sources changed in a thread's comparison. */
export interface Change {
  report: Report;
  added: ThreadSource[];
  unreadable: UnreadableSource[];
  /** Discrepancies the new report has that the previous one did not. */
  newDiscrepancies: Discrepancy[];
  /** Sources now set apart as a different event that were not before. */
  newlyDifferent: SourceId[];
}

/** What a thread remembers of a report, to tell what the next one changes. */
export function remembered(report: Report): Pick<ThreadState, 'discrepancyKeys' | 'differentEvent'> {
  return { discrepancyKeys: report.discrepancies.map(keyOf), differentEvent: report.sources.filter((s) => !s.sameEvent).map((s) => s.id) };
}

/** What `report` has that the thread's previous report did not; the state is updated to remember it. */
export function changeOf(state: ThreadState, report: Report): Pick<Change, 'newDiscrepancies' | 'newlyDifferent'> {
  const before = new Set(state.discrepancyKeys);
  const previouslyDifferent = new Set(state.differentEvent);
  Object.assign(state, remembered(report));
  return {
    newDiscrepancies: report.discrepancies.filter((d) => !before.has(keyOf(d))),
    newlyDifferent: state.differentEvent.filter((id) => !previouslyDifferent.has(id)),
  };
}
