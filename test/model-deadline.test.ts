import { Keyv } from 'keyv';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisResult } from '../src/analysis/engine.js';
import { loadConfig } from '../src/config/config.js';
import { UserError } from '../src/errors.js';
import { createLlmEngine } from '../src/llm/create-llm.js';
import { createLogger } from '../src/logger.js';
import { ComparisonService } from '../src/service/comparison-service.js';
import { loaderFor } from '../src/service/library.js';
import { inlineCpu } from '../src/workers/cpu.js';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord } from './fakes/fake-discord.js';
import { FakeOpenAI } from './fakes/fake-openai.js';
import { type BotProcess, startBot } from './helpers/bot-process.js';
import { fixtureArticle } from './helpers/fixtures.js';
import { wellBehaved } from './helpers/scripted-model.js';

const log = createLogger('silent');
const requests = ['herald-bridge.html', 'tribune-bridge.html'].map((f) => ({ article: fixtureArticle(f) }));
/** Generous on a loaded 2-core machine: what matters is seconds, not the 60 s × retries of a hanging call. */
const MARGIN_MS = 4_000;

describe('GIVEN a model that hangs (fake OpenAI-compatible server, real openai SDK)', () => {
  const model = new FakeOpenAI();
  // Per-call timeout and retries as in production: alone they would let one call run for 3 minutes.
  const service = (env: Record<string, string> = {}) => {
    const config = loadConfig({ OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'test-model', OPENAI_TIMEOUT_MS: '60000', OPENAI_MAX_RETRIES: '2', LLM_USER_COOLDOWN_SECONDS: '0', ...env });
    const llm = createLlmEngine(config, { llm: new Keyv<AnalysisResult>(), budget: new Keyv<number>() }, log);
    return new ComparisonService({ loader: loaderFor({}), cpu: inlineCpu, llm, log });
  };
  const timed = async <T>(work: Promise<T>) => {
    const started = performance.now();
    const value = await work;
    return { value, ms: performance.now() - started };
  };

  beforeAll(() => model.start());
  afterAll(() => model.stop());
  beforeEach(() => {
    model.requests.length = 0;
    model.abandoned = 0;
    model.script = () => ({ hang: true });
  });

  it('WHEN a comparison has a 1 s model deadline THEN the offline report comes within it, says the model was too slow, and the calls are closed', async () => {
    const { value, ms } = await timed(service({ LLM_COMPARE_DEADLINE_SECONDS: '1' }).compare(requests));
    expect(ms).toBeLessThan(1_000 + MARGIN_MS);
    expect(value.report.engine).toMatchObject({ name: 'offline', model: 'test-model' });
    expect(String(value.report.engine.fallback)).toBe("The model was not used: the model was too slow (no complete answer within 1 s). This is the offline engine's report.");
    expect(value.report.discrepancies.some((d) => d.kind === 'number')).toBe(true);
    expect(model.requests.length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(model.abandoned).toBe(model.requests.length), { timeout: 2_000 });
  });

  it('WHEN a 429 asks to retry after 30 s THEN that wait counts toward the deadline too', async () => {
    model.script = () => ({ status: 429, headers: { 'retry-after': '30' } });
    const { value, ms } = await timed(service({ LLM_COMPARE_DEADLINE_SECONDS: '1' }).compare(requests));
    expect(ms).toBeLessThan(1_000 + MARGIN_MS);
    expect(String(value.report.engine.fallback)).toMatch(/the model was too slow \(no complete answer within 1 s\)/);
  });

  it('WHEN a thread question has a 1 s answer deadline THEN the sources\' own sentences answer, saying the model was too slow', async () => {
    model.script = wellBehaved;
    const svc = service({ LLM_ANSWER_DEADLINE_SECONDS: '1' });
    const comparison = await svc.compare(requests);
    await svc.startThread({ threadId: 't1', guildId: 'g1', channelId: 'c1', createdBy: 'u1' }, comparison);
    model.script = () => ({ hang: true });
    model.requests.length = 0;
    const { value, ms } = await timed(svc.ask('t1', 'How many people were killed when the bridge collapsed?', { userId: 'u1' }));
    expect(ms).toBeLessThan(1_000 + MARGIN_MS);
    expect(value.modelText).toBeUndefined();
    expect(value.modelNote).toBe('The model was not used: the model was too slow (no complete answer within 1 s).');
    expect(value.citations.length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(model.abandoned).toBe(1), { timeout: 2_000 });
  });

  it('WHEN the caller aborts a comparison THEN its model requests are closed at once and it rejects with the reason', async () => {
    const stop = new AbortController();
    const reason = new UserError('The comparison was cancelled.');
    // Default deadline (45 s) and per-call timeout (60 s): only the signal can end these calls now.
    const running = service().compare(requests, { signal: stop.signal });
    await vi.waitFor(() => expect(model.requests.length).toBe(2), { timeout: 10_000 });
    stop.abort(reason);
    await expect(running).rejects.toBe(reason);
    await vi.waitFor(() => expect(model.abandoned).toBe(2), { timeout: 2_000 });
  });

  it('WHEN the caller aborts a thread answer THEN its model request is closed at once', async () => {
    model.script = wellBehaved;
    const svc = service();
    await svc.startThread({ threadId: 't2', guildId: 'g1', channelId: 'c1', createdBy: 'u1' }, await svc.compare(requests));
    model.script = () => ({ hang: true });
    model.requests.length = 0;
    const stop = new AbortController();
    const reason = new UserError('The question was cancelled.');
    const asking = svc.ask('t2', 'How many people were killed?', { userId: 'u1', signal: stop.signal });
    await vi.waitFor(() => expect(model.requests.length).toBe(1), { timeout: 10_000 });
    stop.abort(reason);
    await expect(asking).rejects.toBe(reason);
    await vi.waitFor(() => expect(model.abandoned).toBe(1), { timeout: 2_000 });
  });
});

describe('GIVEN the built bot with a model that hangs and 2 s deadlines (fake Discord, fake OpenAI)', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  const model = new FakeOpenAI();
  let bot: BotProcess;

  beforeAll(async () => {
    await Promise.all([discord.start(), web.start(), model.start()]);
    model.script = () => ({ hang: true });
    ({ bot } = await startBot(discord, web, { OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'test-model', LLM_COMPARE_DEADLINE_SECONDS: '2', LLM_ANSWER_DEADLINE_SECONDS: '2' }));
  });
  afterAll(async () => {
    await bot?.stop();
    await Promise.all([discord.stop(), web.stop(), model.stop()]);
  });

  it('THEN /compare shows the offline report, its footer saying the model was too slow; a thread question is answered from the sources, saying so too', async () => {
    const sources = ['herald-bridge.html', 'tribune-bridge.html'].map((l) => web.url(`/articles/${l}`)).join(' ');
    const report = await discord.replyWithEmbeds(discord.runCommand('compare', [{ name: 'sources', type: 3, value: sources }]), 'the report');
    expect(report.embeds.at(-1)!.footer!.text).toMatch(/offline engine — The model was not used: the model was too slow \(no complete answer within 2 s\)/);
    // The compact first view numbers its most important differences: the offline figures lead.
    expect(report.embeds.map((e) => e.description).join('\n')).toMatch(/\*\*\d\. Numbers:\*\*/);

    const thread = await discord.waitFor(() => [...discord.threads.values()][0], 'a thread');
    await discord.waitFor(() => discord.botMessagesIn(thread.id)[0], 'the thread intro');
    discord.userMessage(thread.id, 'How many people were killed when the bridge collapsed?');
    const answer = await discord.waitFor(() => discord.botMessagesIn(thread.id)[1], 'an answer', 10_000);
    expect(answer.content).toContain('The model was not used: the model was too slow (no complete answer within 2 s).');
    expect(answer.content).toContain('[S1]');
  });
});
