import { Keyv } from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loaderFor } from '../src/service/library.js';
import type { Article } from '../src/report/types.js';
import { SourceLoader } from '../src/sources/load-source.js';
import { inlineCpu } from '../src/workers/cpu.js';
import { ArticleServer } from './fakes/article-server.js';

describe('SourceLoader', () => {
  const web = new ArticleServer();
  beforeAll(() => web.start());
  afterAll(() => web.stop());

  it('sends at most two requests at a time to one host, however many users ask', async () => {
    const loader = new SourceLoader({ extract: inlineCpu.extract, extractPdf: inlineCpu.extractPdf, allowHosts: [web.host], perHost: 2 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => loader.load({ url: web.url(`/slow-ok?n=${i}`) })));
    expect(web.maxActive).toBe(2);
  });

  it('caches an AMP page under its canonical URL, so a link to the canonical page is not fetched again', async () => {
    const cache = new Keyv<Article>();
    const loader = loaderFor({ allowHosts: [web.host], cache });
    await loader.load({ url: web.url('/amp/tram?utm_campaign=x') });
    const article = await loader.load({ url: web.url('/tram') });
    expect(article.text).toContain('approved the new tram line');
    expect(web.hits.get('/tram')).toBeUndefined();
  });

  it('does not let a page claim another site\'s URL in the cache', async () => {
    const cache = new Keyv<Article>();
    await loaderFor({ allowHosts: [web.host], cache }).load({ url: web.url('/claims-other-site') });
    expect(await cache.get('https://victim.example/story')).toBeUndefined();
  });

  it('reports an empty file and a file of an unknown kind by name', async () => {
    const loader = loaderFor({ allowHosts: [web.host] });
    await expect(loader.load({ file: { url: web.url('/files/orchestra.html'), name: 'notes.txt', size: 0 } })).rejects.toThrow(/notes\.txt is empty/);
    await expect(loader.load({ file: { url: web.url('/image'), name: 'photo.png', size: 4, contentType: 'image/png' } })).rejects.toThrow(/photo\.png is not a text, Markdown, HTML or PDF file/);
  });
});
