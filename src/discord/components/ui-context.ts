import type { PendingStore } from '../compact/pending-store.js';
import type { ReportStore } from '../compact/report-store.js';
import type { CommandContext } from '../command.js';
import type { SettingsStore } from '../settings/server-settings.js';
import type { UsageReader } from '../settings/usage.js';

/** What the report's buttons, forms and /parallax keep and read, beside the comparison service. */
export interface UiServices {
  reports: ReportStore;
  pending: PendingStore;
  settings: SettingsStore;
  usage: UsageReader;
}

/** What a component, modal or Apps-menu handler gets for one interaction: what a command gets. */
export type UiContext = CommandContext;
