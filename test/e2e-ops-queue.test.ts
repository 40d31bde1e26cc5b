import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord } from './fakes/fake-discord.js';
import { botEnv, OpsBot, ROOT, startNodeBot } from './helpers/ops-bot.js';
import { freePort, hasRedis, LocalRedis } from './helpers/redis-server.js';

const STRING = 3;
const WORKER = join(ROOT, 'dist/src/worker-main.js');

/** Starts `node dist/src/worker-main.js` (what `npm run worker` runs) and waits until it takes jobs. */
async function startWorker(discord: FakeDiscord, env: Record<string, string>): Promise<OpsBot> {
  const worker = new OpsBot(process.execPath, [WORKER], env);
  await discord.waitFor(() => /Parallax worker is taking comparisons/.test(worker.output) || worker.child.exitCode !== null, 'the worker ready', 30_000);
  if (worker.child.exitCode !== null) throw new Error(`the worker exited:\n${worker.output}`);
  return worker;
}

async function metric(process: OpsBot, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${String(process.logs(/health and metrics/)[0]!.port)}/metrics`)).text();
  return Number(new RegExp(`^${name.replace(/[{}"]/g, (c) => `\\${c}`)} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
}

/** Polls an async check (bounded: 100 tries, 200 ms apart). */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

// Redis runs when the machine has redis-server (.ci/run installs it).
describe.runIf(hasRedis)('GIVEN one bot and two workers on a Redis job queue (QUEUE_URL)', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  let redis: LocalRedis;
  let env: Record<string, string>;
  let processes: OpsBot[] = [];
  const compare = (...paths: string[]) => discord.runCommand('compare', [{ name: 'sources', type: STRING, value: paths.map((p) => web.url(p)).join('\n') }]);

  beforeAll(async () => {
    redis = new LocalRedis(await freePort());
    await Promise.all([discord.start(), web.start(), redis.start()]);
    // The third link never answers: each comparison ends after FETCH_FIRST_BYTE_MS with it unreadable.
    // A killed worker's job is taken back after its 2 s lock, looked for every second.
    env = botEnv(discord, web.host, { STORE_URL: redis.url, QUEUE_URL: redis.url, QUEUE_LOCK_SECONDS: '2', QUEUE_STALLED_CHECK_SECONDS: '1', FETCH_FIRST_BYTE_MS: '3000', HTTP_PORT: '0', FETCH_PER_HOST: '16' });
  });
  afterEach(async () => {
    // No job is left running into the next test (its journal entry would be handed off there).
    const bot = processes.find((p) => p.logs(/Parallax is online/).length > 0 && p.child.exitCode === null);
    if (bot) await until(async () => (await metric(bot, 'parallax_jobs{state="active"}')) === 0, 'the jobs done').catch(() => undefined);
    await Promise.all(processes.map((p) => p.stop()));
    processes = [];
    // Each test starts on an empty queue and store: a job one test left (a killed process's) cannot be counted in the next.
    execFileSync('redis-cli', ['-p', String(redis.port), 'FLUSHALL']);
  });
  afterAll(async () => {
    await Promise.all([discord.stop(), web.stop()]);
    await redis?.stop();
  });

  it('WHEN the worker running a comparison is killed (SIGKILL) THEN the other finishes it once: one report, one thread that answers', async () => {
    const bot = await startNodeBot(discord, env);
    const workers = [await startWorker(discord, env), await startWorker(discord, env)];
    processes.push(bot, ...workers);
    expect(bot.logs(/Parallax is online/)[0]).toMatchObject({ comparisons: 'job queue (npm run worker)' });

    const hangs = web.hits.get('/hang') ?? 0;
    const run = compare('/articles/herald-bridge.html', '/articles/gazette-bridge.html', '/hang?run=kill');
    await discord.waitFor(() => run.callbacks[0], 'the acknowledgement');
    // Killed while it reads: the stalled link has been asked for, and that worker holds the job.
    await discord.waitFor(() => (web.hits.get('/hang') ?? 0) > hangs, 'the reading').catch((err: Error) => {
      throw new Error(`${err.message}\n${[bot, ...workers].map((p) => p.output.slice(-3000)).join('\n----\n')}`);
    });
    const busy = await Promise.all(workers.map((w) => metric(w, 'parallax_in_flight')));
    expect([...busy].sort()).toEqual([0, 1]);
    expect(await metric(bot, 'parallax_jobs{state="active"}')).toBe(1);
    const [taken, other] = busy[0] === 1 ? workers : [workers[1]!, workers[0]!];
    taken!.child.kill('SIGKILL');
    await taken!.exit;
    expect(discord.messages.get(run.originalId!)!.embeds).toHaveLength(0);

    const report = await discord.replyWithEmbeds(run, 'the report, from the other worker').catch((err: Error) => {
      throw new Error(`${err.message}\n${other!.output.slice(-4000)}`);
    });
    expect(report.embeds[0]!.title).toMatch(/^Compare: /);
    expect(report.embeds.map((e) => e.description ?? '').join('\n')).toMatch(/S3/);
    const threadId = run.originalId!;
    await discord.waitFor(() => discord.threads.has(threadId) && discord.botMessagesIn(threadId).length > 0, 'its thread');
    // The bot answers in the thread from the state the worker stored in the shared store.
    discord.userMessage(threadId, 'Who leads the inspection team?');
    const answer = await discord.waitFor(() => discord.botMessagesIn(threadId)[1], 'an answer in that thread');
    expect(answer.content).toContain('[S2]');
    expect(answer.content).toContain('Ruth Adeyemi');

    // Once: one report edit, one thread made, counted by the worker that finished it and by nobody else.
    await until(async () => (await metric(bot, 'parallax_jobs{state="active"}')) === 0, 'the job completed');
    expect(run.reportEdits).toBe(1);
    expect(discord.requestCounts.get('POST channels/*/messages/*/threads')).toBe(1);
    expect(await metric(other!, 'parallax_comparisons_total')).toBe(1);
    expect(await metric(bot, 'parallax_comparisons_total')).toBe(0);
    const health = (await (await fetch(`http://127.0.0.1:${String(bot.logs(/health and metrics/)[0]!.port)}/healthz`)).json()) as { checks: { queue: { ok: boolean; detail: { jobs: Record<string, number> } } } };
    expect(health.checks.queue).toMatchObject({ ok: true, detail: { jobs: { waiting: 0 } } });
  }, 90_000);

  it('WHEN a worker is killed after the report but before its thread THEN the other only opens the thread: the report is not made again', async () => {
    const bot = await startNodeBot(discord, env);
    const workers = [await startWorker(discord, env), await startWorker(discord, env)];
    processes.push(bot, ...workers);
    discord.holdThreads = true;
    const asked = discord.requestCounts.get('POST channels/*/messages/*/threads') ?? 0;
    const run = compare('/articles/herald-bridge.html', '/articles/gazette-bridge.html');
    await discord.replyWithEmbeds(run, 'the report');
    await discord.waitFor(() => (discord.requestCounts.get('POST channels/*/messages/*/threads') ?? 0) > asked, 'the thread request');
    const busy = await Promise.all(workers.map((w) => metric(w, 'parallax_in_flight')));
    expect([...busy].sort()).toEqual([0, 1]);
    const [taken, other] = busy[0] === 1 ? workers : [workers[1]!, workers[0]!];
    taken!.child.kill('SIGKILL');
    await taken!.exit;
    discord.holdThreads = false;

    const threadId = run.originalId!;
    await discord.waitFor(() => discord.threads.has(threadId) && discord.botMessagesIn(threadId).length > 0, 'the thread, from the other worker', 30_000).catch((err: Error) => {
      throw new Error(`${err.message}\n${other!.output.slice(-3000)}`);
    });
    discord.userMessage(threadId, 'Who leads the inspection team?');
    expect((await discord.waitFor(() => discord.botMessagesIn(threadId)[1], 'an answer in that thread')).content).toContain('Ruth Adeyemi');
    expect(run.reportEdits).toBe(1);
    expect(await metric(other!, 'parallax_comparisons_total')).toBe(0);
  }, 90_000);

  it('WHEN no source of a job can be read THEN its reply says so, and the job is not retried', async () => {
    const bot = await startNodeBot(discord, env);
    const worker = await startWorker(discord, env);
    processes.push(bot, worker);
    const run = compare('/gone-1', '/gone-2');
    const reply = await discord.waitFor(() => (discord.messages.get(run.originalId ?? '')?.content ?? '').includes('could be read') && discord.messages.get(run.originalId!), 'the reply saying why');
    expect(reply.embeds).toHaveLength(0);
    await until(async () => (await metric(bot, 'parallax_jobs{state="active"}')) === 0, 'the job completed');
    expect(await metric(bot, 'parallax_jobs{state="delayed"}')).toBe(0);
    expect(worker.logs(/job failed/)).toHaveLength(0);
  }, 60_000);

  it('WHEN a worker gets SIGTERM with a comparison running THEN it takes no new job, finishes that one and exits 0', async () => {
    const bot = await startNodeBot(discord, env);
    const worker = await startWorker(discord, env);
    processes.push(bot, worker);
    const hangs = web.hits.get('/hang') ?? 0;
    const run = compare('/articles/herald-bridge.html', '/articles/tribune-bridge.html', '/hang?run=term');
    await discord.waitFor(() => (web.hits.get('/hang') ?? 0) > hangs, 'the reading');
    worker.child.kill('SIGTERM');
    // Asked after the signal: it waits in the queue for a worker, not on the one that is stopping.
    const later = compare('/articles/herald-bridge.html', '/articles/tribune-bridge.html');
    await discord.waitFor(() => later.callbacks[0], 'the later acknowledgement');
    expect((await worker.exited(20_000)).code).toBe(0);
    expect((await discord.replyWithEmbeds(run, 'the report finished before the exit')).embeds[0]!.title).toMatch(/^Compare: /);
    expect(later.reportEdits ?? 0).toBe(0);
    await until(async () => (await metric(bot, 'parallax_jobs{state="waiting"}')) === 1, 'the later job waiting');

    // The next worker takes it.
    processes.push(await startWorker(discord, env));
    await discord.replyWithEmbeds(later, 'the later report, from the next worker');
    await discord.waitFor(() => discord.threads.has(later.originalId!) && discord.botMessagesIn(later.originalId!).length > 0, 'its thread');
  }, 90_000);

  it('WHEN the bot is killed with a comparison still waiting for a worker THEN on start it hands it to the queue again, once, and a worker finishes it', async () => {
    let bot = await startNodeBot(discord, env);
    processes.push(bot);
    const run = compare('/articles/herald-bridge.html', '/articles/tribune-bridge.html');
    await discord.waitFor(() => run.callbacks[0], 'the acknowledgement');
    await until(async () => (await metric(bot, 'parallax_jobs{state="waiting"}')) === 1, 'the job waiting');
    bot.child.kill('SIGKILL');
    await bot.exit;
    await discord.waitFor(() => !discord.connected, 'the dead connection', 10_000);

    bot = await startNodeBot(discord, env);
    processes.push(bot);
    await discord.waitFor(() => bot.logs(/taken up/).length > 0, 'the recovery log');
    expect(bot.logs(/taken up/)[0]).toMatchObject({ queued: 1, resumed: 0 });
    // The same job, not a second one.
    expect(await metric(bot, 'parallax_jobs{state="waiting"}')).toBe(1);
    processes.push(await startWorker(discord, env));
    await discord.replyWithEmbeds(run, 'the report');
    await discord.waitFor(() => discord.threads.has(run.originalId!), 'its thread');
    expect(run.reportEdits).toBe(1);
  }, 90_000);

  it('WHEN a job keeps failing (its journal entry cannot be read) THEN after its last try the reply says it was interrupted, with the button to run it again', async () => {
    const bot = await startNodeBot(discord, env);
    processes.push(bot);
    const run = compare('/articles/herald-bridge.html', '/articles/tribune-bridge.html');
    await discord.waitFor(() => run.callbacks[0], 'the acknowledgement');
    await until(async () => (await metric(bot, 'parallax_jobs{state="waiting"}')) === 1, 'the job waiting');
    // The entry is made unreadable (not JSON): every try of the job fails on the store, not on the user.
    const redisCli = (...args: string[]) => execFileSync('redis-cli', ['-p', String(redis.port), ...args]).toString().trim();
    const key = redisCli('--scan', '--pattern', `*journal*${run.id}*`);
    expect(key).not.toBe('');
    redisCli('SET', key, '{not json');
    processes.push(await startWorker(discord, env));
    const reply = await discord.waitFor(() => discord.messages.get(run.originalId ?? '')?.content?.includes('interrupted') && discord.messages.get(run.originalId!), 'the interrupted reply', 30_000);
    expect(reply.content).toBe('This comparison was interrupted because Parallax restarted.');
    expect(reply.components?.[0]?.components[0]).toMatchObject({ label: 'Run it again', custom_id: `rerun:${run.id}` });
  }, 60_000);

  it('WHEN QUEUE_URL is set but the store is a SQLite file THEN the worker says the store must be shared, and exits 1', async () => {
    const worker = new OpsBot(process.execPath, [WORKER], { ...env, STORE_URL: 'sqlite://data/parallax.sqlite' });
    expect((await worker.exited(20_000)).code).toBe(1);
    expect(worker.output).toMatch(/QUEUE_URL is set.*STORE_URL is sqlite.*redis:\/\//s);
  });
});
