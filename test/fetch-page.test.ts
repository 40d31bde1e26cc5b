import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchLimitsOf, loadConfig } from '../src/config/config.js';
import { AllowList, type Resolver } from '../src/sources/address-guard.js';
import { decodeBody } from '../src/sources/charset.js';
import { DEFAULT_FETCH_LIMITS, type FetchedPage, fetchPage } from '../src/sources/fetch-page.js';
import { ArticleServer } from './fakes/article-server.js';

const text = (page: FetchedPage) => decodeBody(page.bytes, page.contentType);

describe('fetchPage against a local server that misbehaves', () => {
  const web = new ArticleServer();
  let allow: AllowList;
  const limits = { ...DEFAULT_FETCH_LIMITS, timeoutMs: 1500, firstByteMs: 1000, maxBytes: 1024 * 1024, maxRedirects: 3 };

  beforeAll(async () => {
    await web.start();
    allow = new AllowList([web.host]);
  });
  afterAll(() => web.stop());

  it('reads a page and decodes it with the charset its <meta> declares (windows-1252)', async () => {
    const page = await fetchPage(web.url('/articles/tribune-bridge.html'), { allow: allow, limits });
    expect(text(page)).toContain('town’s café owners');
    expect(text(page)).not.toContain('\uFFFD');
  });

  it('names the bot and a contact URL in its User-Agent', async () => {
    await fetchPage(web.url('/plain'), { allow, limits: { ...limits, userAgent: fetchLimitsOf(loadConfig({ BOT_CONTACT_URL: 'https://ops.example/parallax' })).userAgent } });
    expect(web.lastUserAgent).toBe('ParallaxBot/0.1 (+https://ops.example/parallax)');
  });

  it('refuses a loopback server that is not on FETCH_ALLOW_HOSTS', async () => {
    await expect(fetchPage(web.url('/articles/herald-bridge.html'), { allow: new AllowList([]), limits })).rejects.toThrow(/private or local address/);
  });

  it('follows redirects on allowed hosts, and refuses one to the metadata address', async () => {
    expect((await fetchPage(web.url('/to-herald'), { allow: allow, limits })).url).toBe(web.url('/articles/herald-bridge.html'));
    await expect(fetchPage(web.url('/to-metadata'), { allow: allow, limits })).rejects.toThrow(/169\.254\.169\.254.*private/);
  });

  it('stops a redirect loop at the redirect cap', async () => {
    await expect(fetchPage(web.url('/loop'), { allow: allow, limits })).rejects.toThrow(/redirects more than 3 times/);
  });

  it('says which HTTP status a page answered', async () => {
    await expect(fetchPage(web.url('/missing'), { allow: allow, limits })).rejects.toThrow(/HTTP 404/);
    await expect(fetchPage(web.url('/broken'), { allow: allow, limits })).rejects.toThrow(/HTTP 503/);
  });

  it('refuses what is not a page, text or PDF, naming its type', async () => {
    await expect(fetchPage(web.url('/image'), { allow: allow, limits })).rejects.toThrow(/not a web page, text or PDF \(it is image\/png\)/);
  });

  it('keeps the bytes of a PDF', async () => {
    const page = await fetchPage(web.url('/readout.pdf'), { allow: allow, limits });
    expect(page.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives up on a server that accepts the connection and never answers', async () => {
    await expect(fetchPage(web.url('/hang'), { allow, limits: { ...limits, timeoutMs: 5000 } })).rejects.toThrow(/sent nothing for 1 s/);
  });

  it('connects to the address its own lookup checked: no second DNS answer can slip in', async () => {
    let calls = 0;
    const resolve: Resolver = (_host, _opts, cb) => {
      calls++;
      cb(null, [{ address: '127.0.0.1', family: 4 }]);
    };
    // news.test exists only in this resolver: had Node resolved again, the request would fail.
    const named = `http://news.test:${web.port}/articles/herald-bridge.html`;
    const page = await fetchPage(named, { allow: new AllowList([`news.test:${web.port}`]), limits, resolve });
    expect(text(page)).toContain('Harbor Bridge');
    expect(calls).toBe(1);
    await expect(fetchPage(named, { allow: new AllowList([]), limits, resolve })).rejects.toThrow(/news\.test resolves to a private or local address/);
  });

  it('refuses a redirect to an address carrying credentials', async () => {
    await expect(fetchPage(web.url('/to-credentials'), { allow, limits })).rejects.toThrow(/user name or password/);
  });

  it('gives up on a server that never finishes', async () => {
    await expect(fetchPage(web.url('/slow'), { allow: allow, limits })).rejects.toThrow(/did not answer in time/);
  });

  it('stops reading an endless body at the size cap', async () => {
    await expect(fetchPage(web.url('/endless'), { allow: allow, limits })).rejects.toThrow(/larger than 1 MB/);
  });

  it('decompresses gzip, and stops a decompression bomb at the decoded size cap', async () => {
    expect(text(await fetchPage(web.url('/gzip'), { allow: allow, limits }))).toContain('Harbor Bridge');
    await expect(fetchPage(web.url('/bomb'), { allow: allow, limits })).rejects.toThrow(/larger than 1 MB/);
  });

  it('reads text/plain as is', async () => {
    const page = await fetchPage(web.url('/plain'), { allow: allow, limits });
    expect(page.contentType).toMatch(/^text\/plain/);
  });

  it('reports a host that does not exist', async () => {
    await expect(fetchPage('http://no-such-host.invalid/', { allow: allow, limits })).rejects.toThrow(/could not be found|could not be reached/);
  });
});
