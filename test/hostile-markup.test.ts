import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../src/index.js';
import { SourceError } from '../src/errors.js';
import { extractArticle } from '../src/sources/extract.js';
import { DEFAULT_FETCH_LIMITS } from '../src/sources/fetch-page.js';
import { SourceLoader } from '../src/sources/load-source.js';
import { readLocalFile } from '../src/sources/local-file.js';
import { extractPdf } from '../src/sources/pdf.js';
import { withoutInertMarkup } from '../src/sources/inert-markup.js';
import { inlineCpu } from '../src/workers/cpu.js';
import { manyParagraphs, nestedDivs, plainPage, PROSE, sharedStreamPdf, unclosedScripts } from './helpers/hostile.js';
import { type PageServer, servePages } from './helpers/page-server.js';

/** The bound the issue sets for every hostile input, on a loaded 2-core machine. */
const BOUND_MS = 10_000;

async function within<T>(work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await work();
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  return value;
}

describe('markup bombs are read in bounded time, never by unbounded recursion', () => {
  it('GIVEN 2,000 and 20,000 nested <div> THEN the article inside is read, its words intact', async () => {
    for (const depth of [2_000, 20_000]) {
      const article = await within(() => extractArticle(nestedDivs(depth)));
      expect(article.notes).toEqual([]);
      for (const sentence of PROSE) expect(article.text).toContain(sentence);
    }
  }, 30_000);

  it('GIVEN 100,000 unclosed <script> THEN the article before them is read, and the scripts run to the end as a browser reads them', async () => {
    const article = await within(() => extractArticle(unclosedScripts(100_000)));
    expect(article.text).toContain(PROSE[0]);
    expect(article.text).not.toContain('<script');
  }, 30_000);

  it('removes inert markup in linear time: 5 MB of unclosed tags of every inert kind', async () => {
    const bomb = ['<script>', '<style>', '<nav>', '<svg>', '<!--', '<template>'].map((t) => `<p>kept</p>${t}x`.repeat(70_000)).join('');
    const cleaned = await within(() => withoutInertMarkup(bomb));
    expect(cleaned.startsWith('<p>kept</p>')).toBe(true);
    expect(cleaned).not.toContain('<script');
  }, 30_000);

  it('GIVEN a million <p> THEN the page is refused as too large to analyse, with a one-line reason', async () => {
    const article = await within(() => extractArticle(manyParagraphs(1_000_000)));
    expect(article.text).toBe('');
    expect(article.notes).toEqual([expect.stringMatching(/^Unreadable: the page is too large to analyse \(1,000,00\d HTML elements; at most 30,000 are read\)\.$/)]);
  }, 30_000);

  it('GIVEN a 50,000-page PDF sharing one content stream THEN it is refused as too large before it is opened', async () => {
    const article = await within(() => extractPdf(sharedStreamPdf(50_000)));
    expect(article.notes).toEqual(["Unreadable: the PDF has 50,000 pages; documents of more than 1,000 pages are too large to analyse."]);
  }, 30_000);

  it('GIVEN a 900-page PDF sharing one content stream THEN its first pages are read, to the article cap, and the rest is said to be left', async () => {
    const article = await within(() => extractPdf(sharedStreamPdf(900)));
    expect(article.text).toContain('Line 0 of the shared page says the same words again and again.');
    expect(article.text.length).toBeLessThan(110_000);
    expect(article.notes).toEqual([expect.stringMatching(/^Partial: only the first \d+ of the PDF's 900 pages were read\.$/)]);
  }, 30_000);

  it('GIVEN a damaged PDF THEN the reason is one line, no stack', async () => {
    const broken = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog'), Buffer.alloc(400, 0x20)]);
    const err = await extractPdf(broken).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect((err as Error).message).toMatch(/^The file could not be read as a PDF \([^\n]+\)\.$/);
  });
});

describe('one hostile source beside two good ones', () => {
  let web: PageServer;
  beforeAll(async () => {
    web = await servePages({
      '/a': { type: 'text/html', body: plainPage('Bridge repairs to start in spring') },
      '/b': { type: 'text/html', body: plainPage('Council backs spring bridge repairs') },
      '/paragraphs': { type: 'text/html', body: manyParagraphs(300_000) },
      '/scripts': { type: 'text/html', body: unclosedScripts(560_000) },
    });
  });
  afterAll(() => web.close());

  it('lists the bomb as unreadable with its reason and compares the rest', async () => {
    const loader = new SourceLoader({ ...inlineCpu, allowHosts: [web.host] });
    const report = await within(() => compare([{ url: web.url('/paragraphs') }, { url: web.url('/a') }, { url: web.url('/b') }], { loader }));
    expect(report.sources.map((s) => s.id)).toEqual(['S2', 'S3']);
    expect(report.unreadable).toEqual([{ id: 'S1', input: web.url('/paragraphs'), reason: expect.stringMatching(/too large to analyse/) }]);
  }, 30_000);

  it('reads a 5 MB page of unclosed <script> fetched by link within the bound', async () => {
    const loader = new SourceLoader({ ...inlineCpu, allowHosts: [web.host] });
    const article = await within(() => loader.load({ url: web.url('/scripts') }));
    expect(article.text).toContain(PROSE[4]);
  }, 30_000);
});

describe('local files for the CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-hostile-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses a file over the size cap before reading it, naming the cap', async () => {
    const path = join(dir, 'huge.html');
    await writeFile(path, manyParagraphs(400_000));
    await expect(readLocalFile(path, DEFAULT_FETCH_LIMITS.maxBytes)).rejects.toThrow(/huge\.html is larger than 5 MB/);
  });

  it('reads a long text file only up to the article cap, and says so', async () => {
    const path = join(dir, 'long.txt');
    await writeFile(path, `${PROSE.join('\n\n')}\n\n`.repeat(6_000).slice(0, 4_900_000));
    const file = await readLocalFile(path, DEFAULT_FETCH_LIMITS.maxBytes);
    const article = await within(() => new SourceLoader(inlineCpu).load({ bytes: file }));
    expect(article.text.length).toBeLessThanOrEqual(100_000);
    expect(article.notes.at(-1)).toMatch(/^Partial: only the first [\d,]+ characters of a longer text were read\.$/);
  }, 30_000);

  it('says a missing file is missing, as a SourceError', async () => {
    await expect(readLocalFile(join(dir, 'nope.txt'), 1000)).rejects.toBeInstanceOf(SourceError);
  });
});
