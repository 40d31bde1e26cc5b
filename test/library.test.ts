import { Keyv } from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, compare, NotEnoughSourcesError, summarize, UserError } from '../src/index.js';
import type { Article } from '../src/report/types.js';
import { WorkerPool } from '../src/workers/cpu.js';
import { ArticleServer } from './fakes/article-server.js';
import { fixtureArticle } from './helpers/fixtures.js';

describe('the library API against a local web server', () => {
  const web = new ArticleServer();
  beforeAll(() => web.start());
  afterAll(() => web.stop());
  const allowHosts = () => [web.host];

  it('compare() reads links, keeps ids in input order and lists what could not be read', async () => {
    const progress: string[] = [];
    const report = await compare(
      [{ url: web.url('/articles/herald-bridge.html') }, { url: web.url('/missing') }, { url: web.url('/articles/tribune-bridge.html') }],
      { allowHosts: allowHosts(), onProgress: (p) => progress.push(`${p.stage}:${p.done}/${p.total}`) },
    );
    expect(report.sources.map((s) => s.id)).toEqual(['S1', 'S3']);
    expect(report.unreadable).toEqual([{ id: 'S2', input: web.url('/missing'), reason: expect.stringMatching(/HTTP 404/) }]);
    expect(report.sources[0]!.site).toBe('Coastal Herald');
    expect(progress.at(-1)).toBe('comparing:0/2');
    expect(report.discrepancies.some((d) => d.kind === 'number')).toBe(true);
  });

  it('compare() says why when fewer than two sources can be read', async () => {
    const err = await compare([{ url: web.url('/missing') }, { url: web.url('/paywall') }], { allowHosts: allowHosts() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotEnoughSourcesError);
    expect((err as Error).message).toMatch(/S1 .*HTTP 404/);
    expect((err as Error).message).toMatch(/S2 .*paywall/);
  });

  it('compare() refuses fewer than 2 and more than 10 sources before reading anything', async () => {
    await expect(compare([{ text: 'only one' }])).rejects.toThrow(UserError);
    await expect(compare(Array.from({ length: 11 }, () => ({ text: 'x' })))).rejects.toThrow(/at most 10/);
  });

  it('fetches a link once while it is in flight and serves it from the cache after', async () => {
    const cache = new Keyv<Article>();
    const url = web.url('/articles/gazette-bridge.html?utm_source=test');
    const before = web.hits.get('/articles/gazette-bridge.html') ?? 0;
    const options = { allowHosts: allowHosts(), cache };
    const { loaderFor } = await import('../src/service/library.js');
    const loader = loaderFor(options);
    await Promise.all([loader.load({ url }), loader.load({ url: web.url('/articles/gazette-bridge.html#top') })]);
    await summarize({ url }, { ...options });
    expect((web.hits.get('/articles/gazette-bridge.html') ?? 0) - before).toBe(1);
  });

  it('summarize() gives title, outlet, date, length and verbatim key points', async () => {
    const s = await summarize({ url: web.url('/articles/herald-bridge.html') }, { allowHosts: allowHosts() });
    expect(s).toMatchObject({ title: 'Harbor Bridge collapse in Marlow kills 12', site: 'Coastal Herald', publishedAt: '2026-03-04T08:00:00Z' });
    expect(s.words).toBeGreaterThan(150);
    expect(s.summary).toContain('12 people were killed');
    for (const p of s.keyPoints) expect(fixtureArticle('herald-bridge.html').text.replace(/\s+/g, ' ')).toContain(p);
  });

  it('runs extraction and analysis in worker threads with the same result as inline', async () => {
    const pool = new WorkerPool(2);
    try {
      const inline = await compare([{ url: web.url('/articles/herald-bridge.html') }, { url: web.url('/articles/tribune-bridge.html') }], { allowHosts: allowHosts() });
      const pooled = await compare([{ url: web.url('/articles/herald-bridge.html') }, { url: web.url('/articles/tribune-bridge.html') }], { allowHosts: allowHosts(), cpu: pool });
      const strip = (r: typeof inline) => ({ ...r, engine: { ...r.engine, ms: 0 } });
      expect(strip(pooled)).toEqual(strip(inline));
    } finally {
      await pool.close();
    }
  });
});

describe('answerQuestion', () => {
  const sources = ['herald-bridge.html', 'tribune-bridge.html', 'gazette-bridge.html'].map((f, i) => ({ id: `S${i + 1}` as const, article: fixtureArticle(f) }));

  it('cites the sentences that answer, from each source that has one', () => {
    const a = answerQuestion('What did the mayor say about rebuilding?', sources);
    expect(a.citations.map((c) => c.sourceId).sort()).toEqual(['S1', 'S2']);
    expect(a.citations[0]!.quote).toMatch(/rebuild/);
    expect(a.silent).toEqual(['S3']);
  });

  it('returns no citation when no source covers the question', () => {
    expect(answerQuestion('What did the orchestra play?', sources).citations).toEqual([]);
  });
});
