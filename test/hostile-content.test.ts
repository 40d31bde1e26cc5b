import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../src/errors.js';
import { decodeBody } from '../src/sources/charset.js';
import { SourceLoader } from '../src/sources/load-source.js';
import { inlineCpu } from '../src/workers/cpu.js';
import { BINARY_FILES, PROSE } from './helpers/hostile.js';
import { makePdf } from './helpers/make-pdf.js';
import { type PageServer, servePages } from './helpers/page-server.js';

const TEXT = PROSE.join('\n\n');

function utf32(text: string, littleEndian: boolean): Buffer {
  const points = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0)!)];
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (littleEndian ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
  return out;
}

const utf16be = (text: string) => Buffer.from(Buffer.from(`\ufeff${text}`, 'utf16le').swap16());

describe('content is what it says it is', () => {
  let web: PageServer;
  const loader = () => new SourceLoader({ ...inlineCpu, allowHosts: [web.host] });
  beforeAll(async () => {
    web = await servePages({
      '/elf': { type: 'text/html', body: BINARY_FILES.elf! },
      '/utf16': { type: 'text/plain; charset=windows-1252', body: Buffer.from(`\ufeff${TEXT}`, 'utf16le') },
      '/file.png': { type: 'application/octet-stream', body: BINARY_FILES.png! },
    });
  });
  afterAll(() => web.close());

  it.each(Object.keys(BINARY_FILES))('refuses %s bytes as not text, whatever the file is called', async (kind) => {
    const err = await loader().load({ bytes: { name: 'story.txt', data: BINARY_FILES[kind]! } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect((err as Error).message).toMatch(/^story\.txt is not text: it is (an?|binary) [^\n]+\.$/);
  });

  it('refuses a binary page served as text/html, and a binary attachment named like text', async () => {
    await expect(loader().load({ url: web.url('/elf') })).rejects.toThrow(/is not text: it is an executable \(ELF\)/);
    await expect(loader().load({ file: { url: web.url('/file.png'), name: 'notes.md', size: BINARY_FILES.png!.length } })).rejects.toThrow(/notes\.md is not text: it is a PNG image/);
  });

  it('honours a UTF-16 byte-order mark over the header charset (WHATWG: the BOM wins)', async () => {
    const article = await loader().load({ url: web.url('/utf16') });
    expect(article.text).toContain(PROSE[0]);
    expect(article.text).not.toContain('\0');
  });

  it('decodes UTF-16BE, UTF-32LE and UTF-32BE text with their marks', () => {
    const sample = 'Zürich – 5 €, naïve 日本 𝄞';
    expect(decodeBody(utf16be(sample), 'text/plain')).toBe(sample);
    expect(decodeBody(utf32(sample, true), 'text/plain; charset=utf-8')).toBe(sample);
    expect(decodeBody(utf32(sample, false), 'text/html')).toBe(sample);
  });

  it('reads a PDF by its bytes even when its name says text', async () => {
    const pdf = makePdf(['Port talks', '', `${PROSE[0]}`, `${PROSE[1]}`, '', `${PROSE[2]}`], 'Readout');
    const article = await new SourceLoader(inlineCpu).load({ bytes: { name: 'readout.txt', data: pdf } });
    expect(article.title).toBe('Readout');
    expect(article.text).toContain('repairs would start in spring');
  });

  it('reads a file named .pdf whose header comes after some junk, as PDF readers do', async () => {
    const pdf = Buffer.concat([Buffer.from('junk before the header\n'), makePdf(['Port talks', '', `${PROSE[0]}`, `${PROSE[1]}`, '', `${PROSE[2]}`], 'Readout')]);
    const article = await new SourceLoader(inlineCpu).load({ bytes: { name: 'readout.pdf', data: pdf } });
    expect(article.text).toContain('repairs would start in spring');
  });
});
