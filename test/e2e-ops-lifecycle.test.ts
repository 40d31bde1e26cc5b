import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord } from './fakes/fake-discord.js';
import { botEnv, OpsBot, ROOT, startNodeBot } from './helpers/ops-bot.js';

const STRING = 3;

describe('GIVEN the built bot, WHEN it is stopped or Discord closes the gateway for good', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  let bot: OpsBot | undefined;
  const links = (...paths: string[]) => paths.map((p) => web.url(p)).join('\n');
  const compare = (sources: string) => discord.runCommand('compare', [{ name: 'sources', type: STRING, value: sources }]);

  beforeAll(async () => {
    await Promise.all([discord.start(), web.start()]);
  });
  afterEach(async () => {
    await bot?.stop();
    await discord.waitFor(() => !discord.connected, 'the disconnect', 10_000);
  });
  afterAll(async () => {
    await Promise.all([discord.stop(), web.stop()]);
  });

  it('WHEN SIGTERM comes with a comparison in flight THEN new work is told "restarting", the comparison is reported, and the bot exits 0', async () => {
    // The third link never answers: the comparison ends after FETCH_FIRST_BYTE_MS, inside the grace period.
    bot = await startNodeBot(discord, botEnv(discord, web.host, { FETCH_FIRST_BYTE_MS: '3000', SHUTDOWN_GRACE_SECONDS: '20' }));
    const run = compare(links('/articles/herald-bridge.html', '/articles/tribune-bridge.html', '/hang'));
    await discord.waitFor(() => run.callbacks[0], 'the acknowledgement');
    bot.child.kill('SIGTERM');
    await discord.waitFor(() => /shutting down/.test(bot!.output), 'the shutdown log');
    const late = compare(links('/articles/herald-bridge.html', '/articles/tribune-bridge.html'));
    const refusal = await discord.waitFor(() => late.callbacks[0], 'the refusal');
    expect(refusal.data?.content).toBe('Parallax is restarting; try again in a minute.');
    expect(Number(refusal.data?.flags) & 64).toBe(64);
    const german = discord.runCommand('compare', [{ name: 'sources', type: STRING, value: links('/articles/herald-bridge.html', '/articles/tribune-bridge.html') }], { locale: 'de' });
    expect((await discord.waitFor(() => german.callbacks[0], 'the German refusal')).data?.content).toBe('Parallax startet gerade neu; versuch es in einer Minute noch einmal.');

    const report = await discord.replyWithEmbeds(run, 'the drained report');
    expect(report.embeds[0]!.title).toMatch(/^Compare: /);
    expect(await bot.exited(15_000)).toEqual({ code: 0, signal: null });
    expect(bot.logs(/^stopped$/)[0]).toMatchObject({ finished: 1, interrupted: 0 });
  }, 40_000);

  it('WHEN the grace period ends before the comparison THEN its reply says it was interrupted and the bot exits 0', async () => {
    bot = await startNodeBot(discord, botEnv(discord, web.host, { FETCH_FIRST_BYTE_MS: '15000', SHUTDOWN_GRACE_SECONDS: '1' }));
    const run = compare(links('/articles/herald-bridge.html', '/hang'));
    await discord.waitFor(() => run.callbacks[0], 'the acknowledgement');
    const signalled = Date.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited(15_000)).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(10_000);
    const reply = discord.messages.get(run.originalId!)!;
    expect(reply.content).toMatch(/interrupted because Parallax restarted/);
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    expect(bot.logs(/^stopped$/)[0]).toMatchObject({ finished: 0, interrupted: 1 });
  }, 40_000);

  it('WHEN a person already has their share of comparisons running THEN the next one is answered "busy" at once, only to them', async () => {
    bot = await startNodeBot(discord, botEnv(discord, web.host, { FETCH_FIRST_BYTE_MS: '15000', MAX_RUNNING_PER_USER: '1' }));
    const first = compare(links('/articles/herald-bridge.html', '/hang'));
    await discord.waitFor(() => first.callbacks[0], 'the first acknowledgement');
    const second = compare(links('/articles/herald-bridge.html', '/articles/tribune-bridge.html'));
    const refusal = await discord.waitFor(() => second.callbacks[0], 'the refusal');
    expect(refusal.data?.content).toBe('You already have 1 command running; try again when one is done.');
    expect(Number(refusal.data?.flags) & 64).toBe(64);
  }, 30_000);

  it('WHEN SIGTERM is sent to `npm start` THEN the bot itself gets it and stops (no orphan), without a rebuild', async () => {
    bot = new OpsBot('npm', ['start', '--silent'], botEnv(discord, web.host), ROOT);
    await discord.waitFor(() => /Parallax is online/.test(bot!.output), 'the bot online', 30_000);
    expect(bot.output).not.toMatch(/tsc/);
    const botPid = Number(execFileSync('pgrep', ['-P', String(bot.child.pid)]).toString().trim().split('\n')[0]);
    expect(botPid).toBeGreaterThan(0);
    bot.child.kill('SIGTERM');
    expect((await bot.exited(15_000)).code).toBe(0);
    await discord.waitFor(() => !discord.connected, 'the gateway closed', 10_000);
    expect(() => process.kill(botPid, 0)).toThrow(/ESRCH/);
    expect(bot.output).toMatch(/"msg":"stopped"/);
  }, 40_000);

  it('WHEN Discord closes the gateway with 4004 (token revoked) THEN one clear line is logged and the process exits non-zero', async () => {
    bot = await startNodeBot(discord, botEnv(discord, web.host));
    discord.closeGateway(4004, 'Authentication failed');
    const { code } = await bot.exited(15_000);
    expect(code).not.toBe(0);
    const lines = bot.logs(/4004/);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.msg).toMatch(/rejected the token.*DISCORD_TOKEN/);
  }, 30_000);

  it('WHEN Discord closes the gateway with 4013 (invalid intents) THEN the process exits non-zero too', async () => {
    bot = await startNodeBot(discord, botEnv(discord, web.host));
    discord.closeGateway(4013, 'Invalid intent(s)');
    expect((await bot.exited(15_000)).code).not.toBe(0);
    expect(bot.logs(/4013/)).toHaveLength(1);
  }, 30_000);
});
