import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { createStores } from '../src/store/stores.js';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord } from './fakes/fake-discord.js';
import { botEnv, type OpsBot, startNodeBot } from './helpers/ops-bot.js';

const STRING = 3;

describe('GIVEN the bot with HTTP_PORT set and a SQLite store', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  const storeUrl = `sqlite://${join(mkdtempSync(join(tmpdir(), 'parallax-ops-store-')), 'store.sqlite')}`;
  let bot: OpsBot;
  let base = '';
  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`);
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  };
  const storedThreads = async () => {
    const stores = await createStores(storeUrl, createLogger('silent'));
    const ids: string[] = [];
    for await (const [key] of stores.threads.iterator!(undefined)) ids.push(String(key));
    await stores.close();
    return ids;
  };

  beforeAll(async () => {
    await Promise.all([discord.start(), web.start()]);
    bot = await startNodeBot(discord, botEnv(discord, web.host, { HTTP_PORT: '0', STORE_URL: storeUrl }));
    const port = bot.logs(/health and metrics/)[0]!.port;
    base = `http://127.0.0.1:${String(port)}`;
  });
  afterAll(async () => {
    await bot?.stop();
    await Promise.all([discord.stop(), web.stop()]);
  });

  it('THEN /healthz says the gateway, the store and the queue are fine', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ status: 'ok', checks: { gateway: { ok: true }, store: { ok: true, detail: 'sqlite' }, queue: { ok: true, detail: 0 } } });
    expect((await get('/nothing')).status).toBe(404);
  });

  it('WHEN a comparison with an unreadable link is reported THEN /metrics counts it, its duration, the failure by reason, and the event-loop lag', async () => {
    const sources = ['/articles/herald-bridge.html', '/articles/tribune-bridge.html', '/missing'].map((p) => web.url(p)).join('\n');
    const run = discord.runCommand('compare', [{ name: 'sources', type: STRING, value: sources }]);
    await discord.replyWithEmbeds(run, 'the report');
    await discord.waitFor(() => discord.threads.size > 0 && discord.botMessagesIn([...discord.threads.keys()][0]!).length > 0, 'the thread');
    // The command ends just after its thread is opened: poll /metrics until it is counted (bounded).
    let metrics = await get('/metrics');
    for (let i = 0; i < 40 && !/outcome="done"/.test(metrics.text); i++) {
      await new Promise((r) => setTimeout(r, 100));
      metrics = await get('/metrics');
    }
    expect(metrics.type).toMatch(/^text\/plain/);
    expect(metrics.text).toMatch(/^parallax_comparisons_total 1$/m);
    expect(metrics.text).toMatch(/^parallax_comparison_duration_seconds_count 1$/m);
    expect(metrics.text).toMatch(/^parallax_fetch_failures_total\{reason="http_4xx"\} 1$/m);
    expect(metrics.text).toMatch(/^parallax_commands_total\{command="compare",outcome="done"\} 1$/m);
    expect(metrics.text).toMatch(/^parallax_queue_depth 0$/m);
    expect(metrics.text).toMatch(/^nodejs_eventloop_lag_p99_seconds \d/m);
  });

  it('WHEN the comparison thread is deleted THEN its stored sources are deleted', async () => {
    const threadId = [...discord.threads.keys()][0]!;
    expect(await storedThreads()).toEqual([threadId]);
    discord.deleteThread(threadId);
    await discord.waitFor(() => /thread deleted/.test(bot.output), 'the deletion');
    expect(await storedThreads()).toEqual([]);
  });

  it('WHEN the server removes the bot THEN every thread of that server is deleted', async () => {
    const sources = ['/articles/herald-bridge.html', '/articles/gazette-bridge.html'].map((p) => web.url(p)).join('\n');
    for (let i = 0; i < 2; i++) await discord.replyWithEmbeds(discord.runCommand('compare', [{ name: 'sources', type: STRING, value: sources }]), 'a report');
    await discord.waitFor(() => discord.threads.size === 2 && [...discord.threads.keys()].every((t) => discord.botMessagesIn(t).length > 0), 'two threads');
    expect(await storedThreads()).toHaveLength(2);
    discord.removeBotFromGuild();
    await discord.waitFor(() => /removed from a server/.test(bot.output), 'the removal');
    expect(bot.logs(/removed from a server/)[0]).toMatchObject({ threads: 2 });
    expect(await storedThreads()).toEqual([]);
  });
});
