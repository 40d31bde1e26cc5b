import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord } from './fakes/fake-discord.js';
import { botEnv, type OpsBot, startNodeBot } from './helpers/ops-bot.js';

const STRING = 3;
const BOOLEAN = 5;
const EPHEMERAL = 64;

describe('GIVEN the bot on SQLite, WHEN it is killed (kill -9) or stopped with work in flight', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  let bot: OpsBot | undefined;
  let env: Record<string, string>;
  const compare = (...paths: string[]) => discord.runCommand('compare', [{ name: 'sources', type: STRING, value: paths.map((p) => web.url(p)).join('\n') }]);
  const kill9 = async () => {
    bot!.child.kill('SIGKILL');
    await bot!.exit;
    await discord.waitFor(() => !discord.connected, 'the dead connection', 10_000);
  };

  beforeAll(async () => {
    await Promise.all([discord.start(), web.start()]);
    // The third link never answers: each comparison ends after FETCH_FIRST_BYTE_MS with it unreadable.
    env = botEnv(discord, web.host, { STORE_URL: `sqlite://${join(mkdtempSync(join(tmpdir(), 'parallax-crash-')), 'store.sqlite')}`, FETCH_FIRST_BYTE_MS: '3000', SHUTDOWN_GRACE_SECONDS: '1',
      // Every test page is on one host: let all the stalled links be asked at once.
      FETCH_PER_HOST: '16' });
  });
  afterEach(async () => {
    await bot?.stop();
  });
  afterAll(async () => {
    await Promise.all([discord.stop(), web.stop()]);
  });

  it('WHEN it is killed with comparisons in flight and started again THEN each reply is finished with its report and its thread', async () => {
    bot = await startNodeBot(discord, env);
    // A distinct stalled link each: the loader fetches one link once however many ask for it.
    const runs = Array.from({ length: 4 }, (_, i) => compare('/articles/herald-bridge.html', '/articles/tribune-bridge.html', `/hang?run=${i}`));
    // Killed once every comparison is reading (the journal is written before the first read).
    const hangs = web.hits.get('/hang') ?? 0;
    await discord.waitFor(() => runs.every((r) => r.callbacks.length > 0), 'the acknowledgements');
    for (let i = 0; i < 50 && (web.hits.get('/hang') ?? 0) < hangs + runs.length; i++) await new Promise((r) => setTimeout(r, 100));
    await kill9();
    expect(runs.every((r) => discord.messages.get(r.originalId!)!.embeds.length === 0)).toBe(true);

    bot = await startNodeBot(discord, env);
    for (const run of runs) {
      const report = await discord.replyWithEmbeds(run, 'a finished report').catch((err: Error) => {
        throw new Error(`${err.message}\n${bot!.output.slice(-4000)}`);
      });
      expect(report.embeds[0]!.title).toMatch(/^Compare: /);
      expect(report.embeds.map((e) => e.description ?? '').join('\n')).toMatch(/S3/);
    }
    await discord.waitFor(() => runs.every((r) => discord.threads.has(r.originalId!) && discord.botMessagesIn(r.originalId!).length > 0), 'a thread for each');
    await discord.waitFor(() => bot!.logs(/taken up/).length > 0, 'the recovery log');
    expect(bot.logs(/taken up/)[0]).toMatchObject({ resumed: 4, interrupted: 0 });
  }, 60_000);

  it('WHEN it is killed during a private comparison and started again THEN the private reply is finished with its report, and no thread is opened', async () => {
    bot = await startNodeBot(discord, env);
    const sources = ['/articles/herald-bridge.html', '/articles/tribune-bridge.html', '/hang?run=private'].map((p) => web.url(p)).join('\n');
    const hangs = web.hits.get('/hang') ?? 0;
    const run = discord.runCommand('compare', [{ name: 'sources', type: STRING, value: sources }, { name: 'private', type: BOOLEAN, value: true }]);
    await discord.waitFor(() => run.callbacks[0], 'the private acknowledgement');
    expect(run.callbacks[0]).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    // Killed while it reads (the journal is written before the first read).
    await discord.waitFor(() => (web.hits.get('/hang') ?? 0) > hangs, 'the stalled read');
    await kill9();
    expect(discord.messages.get(run.originalId!)!.embeds).toHaveLength(0);

    bot = await startNodeBot(discord, env);
    const report = await discord.replyWithEmbeds(run, 'the private report, finished after the restart');
    expect(report.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(report.embeds[0]!.title).toMatch(/^Compare: /);
    await discord.waitFor(() => bot!.logs(/taken up/).length > 0, 'the recovery log');
    expect(bot!.logs(/taken up/)[0]).toMatchObject({ resumed: 1, interrupted: 0 });
    expect(discord.threads.has(report.id)).toBe(false);
  }, 60_000);

  it('WHEN it is killed after the report but before its thread exists THEN the thread is opened on start and answers questions', async () => {
    bot = await startNodeBot(discord, env);
    discord.holdThreads = true;
    const run = compare('/articles/herald-bridge.html', '/articles/gazette-bridge.html');
    await discord.replyWithEmbeds(run, 'the report');
    await discord.waitFor(() => (discord.requestCounts.get('POST channels/*/messages/*/threads') ?? 0) > 0 && 'asked', 'the thread request');
    await kill9();
    discord.holdThreads = false;
    expect(discord.threads.has(run.originalId!)).toBe(false);

    bot = await startNodeBot(discord, env);
    const threadId = run.originalId!;
    await discord.waitFor(() => discord.threads.has(threadId) && discord.botMessagesIn(threadId).length > 0, 'the thread, opened after the restart');
    discord.userMessage(threadId, 'Who leads the inspection team?');
    const answer = await discord.waitFor(() => discord.botMessagesIn(threadId)[1], 'an answer in that thread');
    expect(answer.content).toContain('[S2]');
    expect(answer.content).toContain('Ruth Adeyemi');
  }, 60_000);

  it('WHEN a stop cuts a comparison short THEN its reply offers to run it again, and the button does', async () => {
    bot = await startNodeBot(discord, { ...env, FETCH_FIRST_BYTE_MS: '15000' });
    const run = compare('/articles/herald-bridge.html', '/articles/tribune-bridge.html', '/hang');
    await discord.waitFor(() => run.callbacks[0], 'the acknowledgement');
    bot.child.kill('SIGTERM');
    expect((await bot.exited(15_000)).code).toBe(0);
    const reply = discord.messages.get(run.originalId!)!;
    expect(reply.content).toBe('This comparison was interrupted because Parallax restarted.');
    const button = reply.components?.[0]?.components[0];
    expect(button).toMatchObject({ type: 2, label: 'Run it again', custom_id: `rerun:${run.id}` });

    bot = await startNodeBot(discord, env);
    const click = discord.clickButton(reply.id, button!.custom_id!);
    await discord.waitFor(() => click.callbacks[0], 'the click acknowledged');
    expect(click.callbacks[0]!.type).toBe(6);
    // The report replaces the button with its own (sections, files, Add source, Re-check).
    await discord.waitFor(() => reply.embeds.length > 0 && !reply.components.some((r) => r.components.some((c) => c.custom_id?.startsWith('rerun:'))), 'the report in the same message');
    expect(reply.embeds[0]!.title).toMatch(/^Compare: /);
    await discord.waitFor(() => discord.threads.has(reply.id), 'its thread');
  }, 60_000);
});
