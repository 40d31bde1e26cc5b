#!/usr/bin/env node
/**
 * The bot's composition root: config → logger → the core (stores → workers and sources → model → the
 * comparison service; src/core.ts) → the job queue when QUEUE_URL is set → Discord client → router →
 * login → command registration. Nothing else reads process.env.
 */
import type { Client } from 'discord.js';
import { commands, definitionsFor, menus } from '../commands/index.js';
import { ConfigError, loadConfig, loadDotEnv, queueOptionsOf, shardsOf } from './config/config.js';
import { createCore, journalPaths } from './core.js';
import { connect } from './discord/client.js';
import { registerCommandsIfChanged } from './discord/register-commands.js';
import { attachRouter } from './discord/router.js';
import { createLogger } from './logger.js';
import { Operations } from './ops/operations.js';
import { ComparisonQueue } from './queue/comparison-queue.js';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig(process.env, true);
  const log = createLogger(config.LOG_LEVEL);
  const core = await createCore(config, log);
  const { stores, cpu, llm, service, ui } = core;
  const queue = queueOptionsOf(config);
  const ops = new Operations({ config, log, stores, queueDepth: () => cpu.queued, queue: queue && new ComparisonQueue(queue, log, config.STORE_TIMEOUT_MS) });

  const { client, messageContent } = await connect(config.DISCORD_TOKEN, config.DISCORD_API_URL, log, shardsOf(config));
  attachRouter(client, commands, menus, { log, service, ui, shutdown: ops.lifecycle.signal, ops });
  const ready = client as Client<true>;
  // A comparison recorded before the restart: the same path, with the time its token has left.
  await ops.start(ready, [{ name: 'worker pool', close: () => cpu.close() }], journalPaths(client, core, ops, log));
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.ws.shards.map((s) => s.id), messageContent, store: config.STORE_URL.split(':')[0], model: llm?.model ?? 'none (offline engine)', comparisons: ops.queue ? 'job queue (npm run worker)' : 'in this process' }, 'Parallax is online');
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
