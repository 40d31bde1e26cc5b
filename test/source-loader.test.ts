import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Keyv } from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loaderFor } from '../src/service/library.js';
import type { Article } from '../src/report/types.js';
import { SourceLoader } from '../src/sources/load-source.js';
import { inlineCpu } from '../src/workers/cpu.js';
import { ArticleServer } from './fakes/article-server.js';

/** One site: /stall/* accepts and never answers, /hold/* answers when released, anything else is an article at once. */
async function stallingSite() {
  const hits: string[] = [];
  let active = 0;
  let maxActive = 0;
  const held: Array<() => void> = [];
  const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: the council approved the new tram line after a long debate on Tuesday evening.</p>`).join('');
  const page = `<html><head><title>Tram</title></head><body><article>${story}</article></body></html>`;
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    maxActive = Math.max(maxActive, ++active);
    req.socket.once('close', () => active--);
    const answer = () => res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (req.url?.startsWith('/stall')) return;
    if (req.url?.startsWith('/hold')) return void held.push(answer);
    answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    hits,
    get maxActive() {
      return maxActive;
    },
    /** Requests to /hold/* received and not yet answered. */
    get holding() {
      return held.length;
    },
    release: () => held.splice(0).forEach((answer) => answer()),
    url: (path: string) => `http://${host}${path}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Settles `p` into when it ended (ms after `start`) and its error message, if any. */
async function outcome(p: Promise<unknown>, start: number): Promise<{ ms: number; error?: string }> {
  try {
    await p;
    return { ms: Date.now() - start };
  } catch (err) {
    return { ms: Date.now() - start, error: (err as Error).message };
  }
}

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

  describe('one stalled site', () => {
    let site: Awaited<ReturnType<typeof stallingSite>>;
    beforeAll(async () => (site = await stallingSite()));
    afterAll(() => site.close());
    const loaderWith = (limits: { timeoutMs: number }, perHostQueue?: number) =>
      new SourceLoader({
        extract: inlineCpu.extract,
        extractPdf: inlineCpu.extractPdf,
        allowHosts: [site.host],
        perHost: 2,
        limits: { timeoutMs: limits.timeoutMs, firstByteMs: limits.timeoutMs },
        ...(perHostQueue === undefined ? {} : { perHostQueue }),
      });

    it('ends every link, queued or not, within its budget; a fast page stuck behind the stalls says why', async () => {
      // Ten stalled links ahead of the fast one, two at a time: waiting uncounted, it would end after
      // five stalls in a row (5 s); counted, everything ends near the 1 s budget.
      const loader = loaderWith({ timeoutMs: 1000 }, 32);
      const start = Date.now();
      const stalled = Array.from({ length: 10 }, (_, i) => outcome(loader.load({ url: site.url(`/stall/a${i}`) }), start));
      const fast = await outcome(loader.load({ url: site.url('/fast-a') }), start);
      const ends = await Promise.all(stalled);
      expect(fast.error).toMatch(new RegExp(`^${site.host.replace(/\./g, '\\.')} is slow to answer: \\d+ other requests? to it (was|were) still waiting\\.$`));
      for (const end of [fast, ...ends]) expect(end.ms).toBeLessThan(3000);
      expect(ends.every((e) => e.error)).toBe(true);
      expect(ends.filter((e) => /is slow to answer/.test(e.error!)).length).toBeGreaterThanOrEqual(4);
      expect(site.maxActive).toBeLessThanOrEqual(2);
      expect(site.hits).not.toContain('/fast-a');
    });

    it('refuses a link at once when the site\'s queue is full, and reads the site again once it clears', async () => {
      const loader = loaderWith({ timeoutMs: 800 }, 3);
      const held = Array.from({ length: 5 }, (_, i) => loader.load({ url: site.url(`/stall/b${i}`) }).catch((e: Error) => e.message));
      let heldSettled = false;
      void Promise.all(held).then(() => (heldSettled = true));
      await expect(loader.load({ url: site.url('/fast-b') })).rejects.toThrow(`${site.host} is busy: 3 other requests to it are already waiting; try again in a minute.`);
      expect(heldSettled).toBe(false);
      await Promise.all(held);
      expect((await loader.load({ url: site.url('/fast-b') })).text).toContain('approved the new tram line');
    });

    it('takes a cancelled link out of the queue, unless someone else still wants it', async () => {
      const loader = loaderWith({ timeoutMs: 5000 });
      const held = [0, 1].map((i) => loader.load({ url: site.url(`/hold/c${i}`) }));
      const alone = new AbortController();
      const shared = new AbortController();
      const cancelled = loader.load({ url: site.url('/fast-c-alone') }, { signal: alone.signal });
      const left = loader.load({ url: site.url('/fast-c-shared') }, { signal: shared.signal });
      const stays = loader.load({ url: site.url('/fast-c-shared') });
      alone.abort(new Error('cancelled by the person'));
      shared.abort(new Error('one of two cancelled'));
      await expect(cancelled).rejects.toThrow('cancelled by the person');
      await expect(left).rejects.toThrow('one of two cancelled');
      // Once the held pages answer, a slot goes to the link still wanted, never to the cancelled one.
      await expect.poll(() => site.holding).toBe(2);
      site.release();
      await Promise.all(held);
      expect((await stays).text).toContain('approved the new tram line');
      expect(site.hits).toContain('/fast-c-shared');
      expect(site.hits).not.toContain('/fast-c-alone');
    });
  });
});
