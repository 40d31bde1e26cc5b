import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, summarize } from '../src/index.js';
import { extractPdf } from '../src/sources/pdf.js';
import { ArticleServer } from './fakes/article-server.js';
import { makePdf } from './helpers/make-pdf.js';

describe('PDF documents', () => {
  const web = new ArticleServer();
  beforeAll(() => web.start());
  afterAll(() => web.stop());

  it('reads the text layer into paragraphs, with the document title', async () => {
    const a = await extractPdf(makePdf(['Port talks', '', 'The minister met port operators on Monday and agreed a plan to', 'reopen the northern terminal by June after months of delays.', '', 'Talks on wages will continue next week, the statement said, and unions will attend.'], 'Readout: port talks'));
    expect(a.title).toBe('Readout: port talks');
    expect(a.text).toContain('agreed a plan to reopen the northern terminal by June');
    expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(2);
    expect(a.notes).toEqual([]);
  });

  it('is compared like any other source when linked', async () => {
    const report = await compare([{ url: web.url('/articles/herald-bridge.html') }, { url: web.url('/readout.pdf') }], { allowHosts: [web.host] });
    expect(report.sources[1]!.title).toBe('Statement on the Harbor Bridge');
    expect(report.discrepancies.some((d) => d.kind === 'number' && /13 people/.test(d.summary))).toBe(true);
  });

  it('says plainly when a PDF has no text layer or is not a PDF at all', async () => {
    await expect(summarize({ url: web.url('/scan.pdf') }, { allowHosts: [web.host] })).rejects.toThrow(/no text layer/);
    await expect(summarize({ url: web.url('/broken.pdf') }, { allowHosts: [web.host] })).rejects.toThrow(/could not be read as a PDF/);
  });
});
