import type { Logger } from '../../logger.js';
import type { Report } from '../../report/types.js';
import type { LoadRequest } from '../../sources/load-source.js';
import type { ThreadSource } from '../../conversation/thread-state.js';
import type { ReportStore } from '../compact/report-store.js';

/** What the report's buttons and the Apps menus need of the comparison service. */
export interface Comparing {
  compare(
    requests: readonly LoadRequest[],
    options?: {
      labels?: readonly string[] | undefined;
      locale?: string | undefined;
      requester?: { guildId?: string | null | undefined; userId?: string | undefined } | undefined;
      signal?: AbortSignal | undefined;
    },
  ): Promise<{ report: Report; sources: ThreadSource[] }>;
}

/** What a component, modal or Apps-menu handler gets for one interaction. */
export interface UiContext {
  service: Comparing;
  reports: ReportStore;
  log: Logger;
  /** Aborted when the interaction's token is about to expire or the bot shuts down. */
  signal: AbortSignal;
}
