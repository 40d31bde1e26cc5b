#!/usr/bin/env node
/**
 * A queue worker's composition root (`npm run worker`): config → logger → the core (stores → worker
 * pool → source loader → model → the comparison service; src/core.ts) → a REST-only Discord client →
 * the BullMQ worker. It never connects to the gateway: it answers through each interaction's webhook
 * (its token, kept in the journal) and reads channels through REST. Nothing else reads process.env.
 */
import { Client, InteractionWebhook } from 'discord.js';
import { ConfigError, loadConfig, loadDotEnv, queueOptionsOf } from './config/config.js';
import { createCore, journalPaths } from './core.js';
import { NO_MENTIONS } from './discord/command.js';
import { createLogger } from './logger.js';
import { queueCheck, startOpsServer } from './ops/http-server.js';
import { Operations } from './ops/operations.js';
import { interruptedReply } from './ops/recover.js';
import { onStopSignals, shutdown } from './ops/shutdown.js';
import { ComparisonQueue } from './queue/comparison-queue.js';
import { restReplyTarget, runJob } from './queue/run-job.js';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig(process.env, true);
  const options = queueOptionsOf(config);
  if (!options) throw new ConfigError('QUEUE_URL is not set: a worker takes comparisons from the job queue. Set QUEUE_URL (and STORE_URL) to the Redis the bot uses.');
  const log = createLogger(config.LOG_LEVEL);
  const core = await createCore(config, log);
  const { stores, cpu } = core;
  const queue = new ComparisonQueue(options, log, config.STORE_TIMEOUT_MS);
  const ops = new Operations({ config, log, stores, queueDepth: () => cpu.queued, queue });

  // REST only: no intents, no login. Requests go to DISCORD_API_URL when set (a test's fake Discord).
  const client = new Client({ intents: [], allowedMentions: NO_MENTIONS, ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}) });
  client.rest.setToken(config.DISCORD_TOKEN);

  const worker = queue.worker((job) =>
    runJob(job.id, {
      journal: ops.journal,
      log,
      track: (id, task, interrupt) => ops.lifecycle.run(id, task, interrupt),
      targetOf: (entry) => restReplyTarget(client, entry),
      recovery: journalPaths(client, core, ops, log),
    }),
    // Tried for the last time (a store or Discord that kept failing, or workers that kept dying): the
    // reply says it was interrupted, with the button to run it again, instead of "thinking…" for good.
    async (job) => {
      if (!job.reply) return;
      await ops.journal.update(job.id, { stage: 'interrupted' });
      await new InteractionWebhook(client as Client<true>, job.reply.applicationId, job.reply.token).editMessage('@original', interruptedReply(job.id, job.reply.locale));
    },
  );
  worker.on('completed', (job, outcome) => log.debug({ interaction: job.id, outcome }, 'job done'));
  worker.on('failed', (job, err) => log.warn({ interaction: job?.id, err: err.message, attempts: job?.attemptsMade }, 'job failed'));

  let closeHttp: (() => Promise<void>) | undefined;
  if (config.HTTP_PORT !== undefined) {
    const http = await startOpsServer(config.HTTP_PORT, config.HTTP_HOST, {
      checks: {
        worker: () => ({ ok: worker.isRunning(), detail: ops.lifecycle.inFlight }),
        store: async () => ({ ok: await stores.ping(), detail: config.STORE_URL.split(':')[0] }),
        queue: () => queueCheck(ops.lifecycle.accepting, cpu.queued, queue),
      },
      metrics: () => ops.metrics.text(),
      metricsContentType: ops.metrics.registry.contentType,
    });
    closeHttp = http.close;
    log.info({ port: http.port, host: config.HTTP_HOST }, 'health and metrics: GET /healthz, /metrics');
  }

  onStopSignals((signal) => {
    // Stop taking jobs at once; the ones running may finish within the grace period (closing the
    // worker waits for them), the rest are told they were interrupted, with the button to run again.
    const closing = worker.close();
    return shutdown(
      ops.lifecycle,
      config.SHUTDOWN_GRACE_SECONDS * 1000,
      [
        { name: 'job worker', close: () => closing },
        { name: 'worker pool', close: () => cpu.close() },
        { name: 'job queue', close: () => queue.close() },
        { name: 'http', close: () => closeHttp?.() ?? Promise.resolve() },
        { name: 'store', close: () => stores.close() },
      ],
      log,
      signal,
    );
  }, log);

  await worker.waitUntilReady();
  log.info({ concurrency: options.concurrency, lockSeconds: config.QUEUE_LOCK_SECONDS, stalledCheckSeconds: config.QUEUE_STALLED_CHECK_SECONDS, store: config.STORE_URL.split(':')[0], model: core.llm?.model ?? 'none (offline engine)' }, 'Parallax worker is taking comparisons');

  // One failed job must never take the worker down: log it and keep working.
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
  process.on('uncaughtException', (err) => log.error({ err }, 'uncaught exception'));
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : `The Parallax worker could not start: ${(err as Error)?.message ?? String(err)}`);
  process.exit(1);
});
