import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AllowList } from '../src/sources/address-guard.js';
import { DEFAULT_FETCH_LIMITS, fetchPage } from '../src/sources/fetch-page.js';
import { ArticleServer } from './fakes/article-server.js';

describe('fetchPage against a local server that misbehaves', () => {
  const web = new ArticleServer();
  let allow: AllowList;
  const limits = { ...DEFAULT_FETCH_LIMITS, timeoutMs: 1500, maxBytes: 1024 * 1024, maxRedirects: 3 };

  beforeAll(async () => {
    await web.start();
    allow = new AllowList([web.host]);
  });
  afterAll(() => web.stop());

  it('reads a page and decodes it with the charset its <meta> declares (windows-1252)', async () => {
    const page = await fetchPage(web.url('/articles/tribune-bridge.html'), allow, limits);
    expect(page.body).toContain('town’s café owners');
    expect(page.body).not.toContain('\uFFFD');
  });

  it('refuses a loopback server that is not on FETCH_ALLOW_HOSTS', async () => {
    await expect(fetchPage(web.url('/articles/herald-bridge.html'), new AllowList([]), limits)).rejects.toThrow(/private or local address/);
  });

  it('follows redirects on allowed hosts, and refuses one to the metadata address', async () => {
    expect((await fetchPage(web.url('/to-herald'), allow, limits)).url).toBe(web.url('/articles/herald-bridge.html'));
    await expect(fetchPage(web.url('/to-metadata'), allow, limits)).rejects.toThrow(/169\.254\.169\.254.*private/);
  });

  it('stops a redirect loop at the redirect cap', async () => {
    await expect(fetchPage(web.url('/loop'), allow, limits)).rejects.toThrow(/redirects more than 3 times/);
  });

  it('says which HTTP status a page answered', async () => {
    await expect(fetchPage(web.url('/missing'), allow, limits)).rejects.toThrow(/HTTP 404/);
    await expect(fetchPage(web.url('/broken'), allow, limits)).rejects.toThrow(/HTTP 503/);
  });

  it('refuses what is not a page, text or PDF, naming its type', async () => {
    await expect(fetchPage(web.url('/image'), allow, limits)).rejects.toThrow(/not a web page, text or PDF \(it is image\/png\)/);
  });

  it('keeps the bytes of a PDF', async () => {
    const page = await fetchPage(web.url('/readout.pdf'), allow, limits);
    expect(page.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(page.body).toBe('');
  });

  it('gives up on a server that never finishes', async () => {
    await expect(fetchPage(web.url('/slow'), allow, limits)).rejects.toThrow(/did not answer in time/);
  });

  it('stops reading an endless body at the size cap', async () => {
    await expect(fetchPage(web.url('/endless'), allow, limits)).rejects.toThrow(/larger than 1 MB/);
  });

  it('decompresses gzip, and stops a decompression bomb at the decoded size cap', async () => {
    expect((await fetchPage(web.url('/gzip'), allow, limits)).body).toContain('Harbor Bridge');
    await expect(fetchPage(web.url('/bomb'), allow, limits)).rejects.toThrow(/larger than 1 MB/);
  });

  it('reads text/plain as is', async () => {
    const page = await fetchPage(web.url('/plain'), allow, limits);
    expect(page.contentType).toMatch(/^text\/plain/);
  });

  it('reports a host that does not exist', async () => {
    await expect(fetchPage('http://no-such-host.invalid/', allow, limits)).rejects.toThrow(/could not be found|could not be reached/);
  });
});
