/**
 * What the bot (src/main.ts) and a queue worker (src/worker-main.ts) compose alike, from the config:
 * stores → worker pool → source loader → model → the comparison service, and the stores the report's
 * buttons and /parallax read, and the two paths of a journaled comparison. Each process adds its own
 * Discord side (the bot a gateway client, a worker a REST-only one).
 */
import type { Client } from 'discord.js';
import { runComparison } from '../commands/compare.js';
import { type BotConfig, fetchLimitsOf, storeOptionsOf, workerPoolOf } from './config/config.js';
import { createThread } from './discord/comparison-thread.js';
import { deadlineSignal } from './discord/deadline.js';
import { PendingStore } from './discord/compact/pending-store.js';
import { ReportStore } from './discord/compact/report-store.js';
import type { UiServices } from './discord/components/ui-context.js';
import { dailyLimitsFrom, SettingsStore } from './discord/settings/server-settings.js';
import { UsageReader } from './discord/settings/usage.js';
import { createLlmEngine } from './llm/create-llm.js';
import type { Logger } from './logger.js';
import type { Operations } from './ops/operations.js';
import type { Recovery } from './ops/recover.js';
import { ComparisonService } from './service/comparison-service.js';
import { SourceLoader } from './sources/load-source.js';
import { createStores } from './store/stores.js';
import { TurnGate } from './service/turn-gate.js';
import { WorkerPool } from './workers/cpu.js';

export async function createCore(config: BotConfig, log: Logger) {
  const stores = await createStores(config.STORE_URL, log, storeOptionsOf(config));
  // Every admitted command may wait for a worker: by default the door (MAX_RUNNING) bounds the queue, not the pool.
  const pool = workerPoolOf(config);
  const cpu = new WorkerPool(pool.workers, { maxQueue: pool.maxQueue });
  const loader = new SourceLoader({
    // The load's signal reaches the worker: a comparison cancelled mid-read frees its worker at once.
    extract: (html, url, signal) => cpu.extract(html, url, signal),
    extractPdf: (bytes, url, signal) => cpu.extractPdf(bytes, url, signal),
    allowHosts: config.FETCH_ALLOW_HOSTS,
    limits: fetchLimitsOf(config),
    cache: stores.articles,
    cacheTtlMs: config.ARTICLE_CACHE_TTL_HOURS * 3_600_000,
    perHost: config.FETCH_PER_HOST,
    perHostQueue: config.FETCH_PER_HOST_QUEUE,
  });
  const settings = new SettingsStore(stores.settings);
  const limits = dailyLimitsFrom(settings);
  const llm = createLlmEngine(config, stores, log, limits);
  // One start per turn of the event loop for the whole bot: a burst's acknowledgements go first.
  const service = new ComparisonService({ loader, cpu, llm, threads: stores.threads, log, starts: new TurnGate(1) });
  const ui: UiServices = {
    reports: new ReportStore(stores.reports),
    pending: new PendingStore(stores.pending),
    settings,
    usage: new UsageReader(stores.counters, limits, config.LLM_DAILY_TOKENS_PER_GUILD, llm?.model),
  };
  return { stores, cpu, llm, service, ui };
}

export type Core = Awaited<ReturnType<typeof createCore>>;

/**
 * How a journaled comparison is finished, after a restart (the bot) or as a job (a worker): run it into
 * its reply with the time its token has left, or open the thread its posted report is missing.
 */
export function journalPaths(client: Client, core: Core, ops: Operations, log: Logger): Recovery {
  const { service, ui } = core;
  return {
    resume: async (entry, target) => {
      const { signal, dispose } = deadlineSignal(ops.lifecycle.signal, entry.startedAt);
      await runComparison(target, entry, entry.engine, { service, ui, log, signal, ops }).finally(dispose);
    },
    openThread: async (entry, target) => {
      // A thread opened on a message has the message's id: one opened just before a crash is not opened twice.
      if (entry.replyId && (await client.channels.fetch(entry.replyId).catch(() => null))) return;
      await createThread(await target.fetchReply(), entry.threadName ?? 'Compare: sources', entry.locale);
    },
  };
}
