#!/usr/bin/env node
/**
 * The bot's composition root: config → logger → stores → workers and sources → model → the comparison
 * service → Discord client → router → login → command registration. Nothing else reads process.env.
 */
import type { Client } from 'discord.js';
import { runComparison } from '../commands/compare.js';
import { commands, definitionsFor, menus } from '../commands/index.js';
import { ConfigError, fetchLimitsOf, loadConfig, loadDotEnv, shardsOf, storeOptionsOf, workerPoolOf } from './config/config.js';
import { connect } from './discord/client.js';
import { PendingStore } from './discord/compact/pending-store.js';
import { ReportStore } from './discord/compact/report-store.js';
import { createThread } from './discord/comparison-thread.js';
import { deadlineSignal } from './discord/deadline.js';
import { registerCommandsIfChanged } from './discord/register-commands.js';
import { attachRouter } from './discord/router.js';
import { dailyLimitsFrom, SettingsStore } from './discord/settings/server-settings.js';
import { UsageReader } from './discord/settings/usage.js';
import { createLlmEngine } from './llm/create-llm.js';
import { createLogger } from './logger.js';
import { Operations } from './ops/operations.js';
import { ComparisonService } from './service/comparison-service.js';
import { SourceLoader } from './sources/load-source.js';
import { createStores } from './store/stores.js';
import { WorkerPool } from './workers/cpu.js';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig(process.env, true);
  const log = createLogger(config.LOG_LEVEL);
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
  const service = new ComparisonService({ loader, cpu, llm, threads: stores.threads, log });
  const ops = new Operations({ config, log, stores, queueDepth: () => cpu.queued });

  const { client, messageContent } = await connect(config.DISCORD_TOKEN, config.DISCORD_API_URL, log, shardsOf(config));
  const ui = { reports: new ReportStore(stores.reports), pending: new PendingStore(stores.pending), settings, usage: new UsageReader(stores.budget, limits, config.LLM_DAILY_TOKENS_PER_GUILD, llm?.model) };
  attachRouter(client, commands, menus, { log, service, ui, shutdown: ops.lifecycle.signal, ops });
  const ready = client as Client<true>;
  await ops.start(ready, [{ name: 'worker pool', close: () => cpu.close() }], {
    // A comparison recorded before the restart: the same path, with the time its token has left.
    resume: async (entry, target) => {
      const { signal, dispose } = deadlineSignal(ops.lifecycle.signal, entry.startedAt);
      await runComparison(target, entry, entry.engine, { service, ui, log, signal, ops }).finally(dispose);
    },
    openThread: async (entry, target) => createThread(await target.fetchReply(), entry.threadName ?? 'Compare: sources'),
  });
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.ws.shards.map((s) => s.id), messageContent, store: config.STORE_URL.split(':')[0], model: llm?.model ?? 'none (offline engine)' }, 'Parallax is online');
  if (client.isReady()) {
    await registerCommandsIfChanged(client, definitionsFor({ model: Boolean(llm) }), stores.meta, log, config.DISCORD_GUILD_ID).catch((err: unknown) =>
      log.error({ err }, 'could not register slash commands; run npm run deploy-commands'),
    );
  }

  // One failed task must never take the bot down: log it and keep serving.
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
  process.on('uncaughtException', (err) => log.error({ err }, 'uncaught exception'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else if ((err as { code?: string })?.code === 'TokenInvalid' || /invalid token|401/i.test(String((err as Error)?.message))) {
    console.error('Discord rejected DISCORD_TOKEN. Copy the token again from the Developer Portal (Bot page) into .env.');
  } else console.error(`Parallax could not start: ${(err as Error)?.message ?? String(err)}`);
  process.exit(1);
});
