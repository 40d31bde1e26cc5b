import { Keyv } from 'keyv';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../src/analysis/engine.js';
import { loadConfig } from '../src/config/config.js';
import { BusyError, UserError } from '../src/errors.js';
import { createLlmEngine } from '../src/llm/create-llm.js';
import { createLogger } from '../src/logger.js';
import { ComparisonService, type ServiceDeps } from '../src/service/comparison-service.js';
import { loaderFor } from '../src/service/library.js';
import { NotEnoughSourcesError } from '../src/service/source-count.js';
import { SourceLoader } from '../src/sources/load-source.js';
import { inlineCpu } from '../src/workers/cpu.js';
import { ArticleServer } from './fakes/article-server.js';
import { FakeOpenAI } from './fakes/fake-openai.js';
import { wellBehaved } from './helpers/scripted-model.js';

const log = createLogger('silent');

describe('GIVEN the comparison service reading from a local web server', () => {
  const web = new ArticleServer();
  const model = new FakeOpenAI();
  const page = (name: string) => ({ url: web.url(`/articles/${name}`) });
  const offline = (over: Partial<ServiceDeps> = {}) => new ComparisonService({ loader: loaderFor({ allowHosts: [web.host] }), cpu: inlineCpu, log, ...over });
  const withModel = () => {
    const config = loadConfig({ OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'test-model', OPENAI_TIMEOUT_MS: '2000', OPENAI_MAX_RETRIES: '0', LLM_USER_COOLDOWN_SECONDS: '0' });
    const llm = createLlmEngine(config, { llm: new Keyv<AnalysisResult>(), budget: new Keyv<number>() }, log);
    return offline({ llm });
  };
  const thread = { threadId: 't1', guildId: 'g1', channelId: 'c1', createdBy: 'u1' };

  beforeAll(() => Promise.all([web.start(), model.start()]));
  afterAll(() => Promise.all([web.stop(), model.stop()]));
  beforeEach(() => {
    model.script = wellBehaved;
  });

  it('WHEN a source is added or dropped in a thread THEN the model analyses again, so its findings stay', async () => {
    const service = withModel();
    const first = await service.compare([page('herald-bridge.html'), page('tribune-bridge.html')]);
    expect(first.report.engine.name).toBe('llm');
    expect(first.report.discrepancies.some((d) => d.kind === 'framing')).toBe(true);
    await service.startThread(thread, first);

    const calls = model.requests.length;
    const added = await service.addSources('t1', { requests: [page('gazette-bridge.html')], labels: ['the gazette'] });
    expect(added.added.map((a) => a.id)).toEqual(['S3']);
    expect(model.requests.length).toBeGreaterThan(calls);
    expect(added.report.engine.name).toBe('llm');
    expect(added.report.discrepancies.some((d) => d.kind === 'framing')).toBe(true);
    expect(added.report.sources.map((s) => s.summary)).toContain('Model summary of S3.');

    const dropped = await service.dropSource('t1', 'S2');
    expect(dropped.report.sources.map((s) => s.id)).toEqual(['S1', 'S3']);
    expect(dropped.report.engine.name).toBe('llm');
    expect(dropped.report.discrepancies.some((d) => d.kind === 'framing')).toBe(true);
  });

  it('WHEN the comparison started offline THEN the thread re-analyses offline too, without calling the model', async () => {
    const service = withModel();
    const first = await service.compare([page('herald-bridge.html'), page('tribune-bridge.html')], { engine: 'offline' });
    await service.startThread({ ...thread, threadId: 't2', engine: 'offline' }, first);
    const calls = model.requests.length;
    const added = await service.addSources('t2', { requests: [page('gazette-bridge.html')], labels: ['the gazette'] });
    expect(model.requests.length).toBe(calls);
    expect(added.report.engine.name).toBe('offline');
  });

  it('WHEN the model is asked for and none is configured THEN the offline engine answers and says so', async () => {
    const { report } = await offline().compare([page('herald-bridge.html'), page('tribune-bridge.html')], { engine: 'llm' });
    expect(report.engine).toMatchObject({ name: 'offline', fallback: 'No model is configured here, so the offline engine answered.' });
    const unasked = await offline().compare([page('herald-bridge.html'), page('tribune-bridge.html')]);
    expect(unasked.report.engine.fallback).toBeUndefined();
  });

  it('WHEN one page crashes the extractor THEN it is listed as unreadable and the others are compared', async () => {
    const lines: string[] = [];
    const spy = pino({ level: 'error' }, { write: (line: string) => void lines.push(line) });
    const loader = new SourceLoader({
      allowHosts: [web.host],
      extract: (html, url) => (html.includes('Dunmore') ? Promise.reject(new TypeError('boom in the extractor')) : inlineCpu.extract(html, url)),
      extractPdf: (bytes, url) => inlineCpu.extractPdf(bytes, url),
    });
    const service = new ComparisonService({ loader, cpu: inlineCpu, log: spy });
    const { report, sources } = await service.compare([page('herald-bridge.html'), page('orchestra.html'), page('tribune-bridge.html')], { labels: ['herald', 'orchestra', 'tribune'] });
    expect(report.sources.map((s) => s.id)).toEqual(['S1', 'S3']);
    expect(sources.map((s) => s.label)).toEqual(['herald', 'tribune']);
    expect(report.unreadable).toEqual([{ id: 'S2', input: 'orchestra', reason: expect.stringMatching(/unexpected error on our side/) }]);
    expect(report.unreadable[0]!.reason).not.toContain('boom');
    const logged = JSON.parse(lines[0]!) as { err: { stack: string }; sourceId: string };
    expect(logged.sourceId).toBe('S2');
    expect(logged.err.stack).toMatch(/^TypeError: boom in the extractor\n\s+at /);
  });

  it('WHEN the work queue is full THEN the comparison is refused as busy instead of listing every source as unreadable', async () => {
    const loader = new SourceLoader({ allowHosts: [web.host], extract: () => Promise.reject(new BusyError()), extractPdf: () => Promise.reject(new BusyError()) });
    const err = await new ComparisonService({ loader, cpu: inlineCpu, log }).compare([page('herald-bridge.html'), page('tribune-bridge.html')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BusyError);
  });

  it('WHEN the signal is aborted THEN nothing is reported and the reason is what the caller gave', async () => {
    const stop = new AbortController();
    stop.abort(new UserError('Parallax is restarting; try again in a minute.'));
    await expect(offline().compare([page('herald-bridge.html'), page('tribune-bridge.html')], { signal: stop.signal })).rejects.toThrow(/restarting/);
    await expect(offline().summarize(page('herald-bridge.html'), { signal: stop.signal })).rejects.toThrow(/restarting/);
  });

  it('WHEN the signal is aborted while a page hangs THEN the comparison stops at once, with that reason', async () => {
    const stop = new AbortController();
    const run = offline().compare([{ url: web.url('/hang') }, page('herald-bridge.html')], { signal: stop.signal });
    setTimeout(() => stop.abort(new UserError('Stopped by the test.')), 100);
    const started = Date.now();
    await expect(run).rejects.toThrow('Stopped by the test.');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('WHEN too few sources can be read THEN each reason is given, under the ids they would have had', async () => {
    const err = await offline().compare([{ url: web.url('/missing') }, page('herald-bridge.html')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotEnoughSourcesError);
    expect((err as Error).message).toMatch(/^Only 1 of 2 sources could be read/);
    expect((err as Error).message).toMatch(/• S1 .*HTTP 404/);
  });

  it('WHEN a thread would hold more than ten sources, or fewer than two, THEN the change is refused', async () => {
    const service = offline();
    await service.startThread({ ...thread, threadId: 't3' }, await service.compare([page('herald-bridge.html'), page('tribune-bridge.html')]));
    const many = Array.from({ length: 9 }, () => page('gazette-bridge.html'));
    await expect(service.addSources('t3', { requests: many, labels: many.map((m) => m.url) })).rejects.toThrow(/at most 10 sources/);
    await expect(service.dropSource('t3', 'S2')).rejects.toThrow(/at least 2 sources/);
    await expect(service.dropSource('t3', 'S7')).rejects.toThrow(/no source S7/);
  });

  it('WHEN a summary is asked THEN it is read by the loader and written by the cpu', async () => {
    const summary = await offline().summarize(page('herald-bridge.html'));
    expect(summary).toMatchObject({ site: 'Coastal Herald', title: 'Harbor Bridge collapse in Marlow kills 12' });
  });
});
