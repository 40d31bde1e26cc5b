import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord } from './fakes/fake-discord.js';
import { botEnv, type OpsBot, startNodeBot } from './helpers/ops-bot.js';
import { freePort, hasRedis, LocalRedis } from './helpers/redis-server.js';

const STRING = 3;

// Redis runs when the machine has redis-server (.ci/run installs it).
describe.runIf(hasRedis)('GIVEN the bot on Redis, WHEN Redis stops and starts again mid-run', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  let redis: LocalRedis;
  let bot: OpsBot;
  let health = '';
  const compare = (...paths: string[]) => discord.runCommand('compare', [{ name: 'sources', type: STRING, value: paths.map((p) => web.url(p)).join('\n') }]);

  beforeAll(async () => {
    redis = new LocalRedis(await freePort());
    await Promise.all([discord.start(), web.start(), redis.start()]);
    bot = await startNodeBot(discord, botEnv(discord, web.host, { STORE_URL: redis.url, STORE_TIMEOUT_MS: '1000', HTTP_PORT: '0' }));
    health = `http://127.0.0.1:${String(bot.logs(/health and metrics/)[0]!.port)}/healthz`;
  });
  afterAll(async () => {
    await bot?.stop();
    await redis?.stop();
    await Promise.all([discord.stop(), web.stop()]);
  });

  it('THEN while it is down comparisons still finish, questions are told the store is unavailable, /healthz says so, and the outage is logged once', async () => {
    const before = compare('/articles/herald-bridge.html', '/articles/tribune-bridge.html');
    await discord.replyWithEmbeds(before, 'a report before the outage');
    const threadId = before.originalId!;
    await discord.waitFor(() => discord.botMessagesIn(threadId).length > 0, 'its thread');
    await redis.stop();

    discord.userMessage(threadId, 'What did the mayor say?');
    const told = await discord.waitFor(() => discord.botMessagesIn(threadId)[1], 'the answer to a question during the outage');
    expect(told.content).toBe('Storage is unavailable right now; try again shortly.');
    const ask = discord.runCommand('ask', [{ name: 'question', type: STRING, value: 'What did the mayor say?' }], { channel: { id: threadId, type: 11, parent_id: discord.channelId } });
    const ack = await discord.waitFor(() => ask.callbacks[0], 'the /ask acknowledgement');
    expect(ack.type).toBe(5);
    const followUp = await discord.waitFor(() => (ask.followUps[0] ? discord.messages.get(ask.followUps[0]) : undefined), 'the /ask answer');
    expect(followUp.content).toBe('Storage is unavailable right now; try again shortly.');

    const runs = Array.from({ length: 5 }, () => compare('/articles/herald-bridge.html', '/articles/tribune-bridge.html'));
    for (const run of runs) {
      const report = await discord.replyWithEmbeds(run, 'a report during the outage');
      expect(report.embeds[0]!.title).toMatch(/^Compare: /);
      const note = await discord.waitFor(() => (run.followUps[0] ? discord.messages.get(run.followUps[0]) : undefined), 'the note that there is no thread');
      expect(note.content).toMatch(/^Storage is unavailable right now; try again shortly\. This comparison has no thread/);
    }
    const res = await fetch(health);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unhealthy', checks: { store: { ok: false }, gateway: { ok: true } } });
    expect(bot.logs(/store unavailable/)).toHaveLength(1);
    expect(bot.logs(/store error/)).toHaveLength(0);
  }, 60_000);

  it('THEN when it returns the bot resumes: one line with the count of failed calls, and new threads are stored', async () => {
    await redis.start();
    // Poll /healthz until the store answers, bounded (40 × 250 ms).
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      status = (await fetch(health)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    const threads = discord.threads.size;
    const run = compare('/articles/herald-bridge.html', '/articles/gazette-bridge.html');
    await discord.replyWithEmbeds(run, 'a report after the outage').catch((err: Error) => {
      throw new Error(`${err.message}\n${bot.output.slice(-6000)}`);
    });
    await discord.waitFor(() => discord.threads.size > threads, 'a thread after the outage');
    const threadId = run.originalId!;
    await discord.waitFor(() => discord.botMessagesIn(threadId).length > 0, 'the thread intro');
    discord.userMessage(threadId, 'Who leads the inspection team?');
    await discord.waitFor(() => discord.botMessagesIn(threadId).length > 1, 'an answer from the stored thread');
    const back = bot.logs(/store answers again/);
    expect(back).toHaveLength(1);
    expect(Number(back[0]!.failedCalls)).toBeGreaterThan(0);
  }, 60_000);
});
