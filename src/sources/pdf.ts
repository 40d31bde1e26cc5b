import { addNote, type Article, partialNote, unreadableNote } from '../report/types.js';
import { articleFromText } from './text-article.js';
import { countWords } from '../analysis/text.js';
import { SourceError } from '../errors.js';
import { MAX_ARTICLE_CHARS } from './text-cap.js';

/** Pages read from one PDF: a report or a readout has a few dozen; a document of thousands is not an article. */
export const MAX_PDF_PAGES = 200;
/** Past this many pages a document is refused before pdf.js opens it: opening alone would cost seconds. */
export const MAX_PDF_DOCUMENT_PAGES = 1_000;

/**
 * Reads a PDF's text layer (press releases, official readouts) with Mozilla's pdf.js. Lines are
 * rebuilt from the text items; a vertical gap larger than a line starts a new paragraph. A PDF with no
 * text layer (a scan) is reported as unreadable rather than guessed at; past MAX_PDF_PAGES pages the
 * rest is left unread and the article says so. A damaged file is a SourceError with pdf.js's one line.
 */
export async function extractPdf(bytes: Uint8Array, url?: string): Promise<Article> {
  const declared = declaredPages(bytes);
  if (declared > MAX_PDF_DOCUMENT_PAGES) {
    const reason = `the PDF has ${declared.toLocaleString('en')} pages; documents of more than ${MAX_PDF_DOCUMENT_PAGES.toLocaleString('en')} pages are too large to analyse`;
    const note = `Unreadable: ${reason}.`;
    return { text: '', notes: [note], noteKeys: [{ note, ...unreadableNote({ key: 'notePdfTooLarge', params: { n: declared, max: MAX_PDF_DOCUMENT_PAGES } }) }], ...(url ? { url } : {}) };
  }
  // The legacy build is the one pdf.js ships for Node; imported on first use only.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  try {
    return await readDocument(await task.promise, url);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    const why = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 200);
    throw new SourceError(`${url ?? 'The file'} could not be read as a PDF (${why}).`);
  } finally {
    // pdf.js 6 destroys a document through the loading task that opened it.
    await task.destroy();
  }
}

/**
 * The largest page count the document's page tree declares (`/Count n`), read from its bytes in one
 * pass. A page tree inside a compressed object stream is not seen: such a file is opened and then read
 * to MAX_PDF_PAGES pages at most, as any other.
 */
function declaredPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let max = 0;
  for (const m of text.matchAll(/\/Count\s+(\d{1,9})/g)) max = Math.max(max, Number(m[1]));
  return max;
}

type PdfDocument = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

async function readDocument(doc: PdfDocument, url?: string): Promise<Article> {
  const paragraphs: string[] = [];
  let chars = 0;
  let pages = 0;
  // Pages are read until the text is as long as an article may be: the rest could not be analysed anyway.
  while (pages < Math.min(doc.numPages, MAX_PDF_PAGES) && chars <= MAX_ARTICLE_CHARS) {
    const page = await doc.getPage(++pages);
    const read = await pageParagraphs(page);
    page.cleanup();
    paragraphs.push(...read);
    chars += read.reduce((n, p) => n + p.length + 2, 0);
  }
  const info = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: string } | undefined;
  const article = articleFromText(paragraphs.join('\n\n'), { ...(info?.Title?.trim() ? { title: info.Title.trim() } : {}), ...(url ? { url } : {}) });
  const words = countWords(article.text);
  if (words < 30) addNote(article, `Unreadable: the PDF has no text layer to read (${words} words found; a scanned document?).`, unreadableNote({ key: 'notePdfNoText', params: { n: words } }));
  else if (doc.numPages > pages) {
    addNote(article, `Partial: only the first ${pages} of the PDF's ${doc.numPages.toLocaleString('en')} pages were read.`, partialNote({ key: 'notePdfPartial', params: { pages, n: doc.numPages } }));
  }
  return article;
}

/** One page's text items as paragraphs: a vertical gap larger than a line starts a new one. */
async function pageParagraphs(page: PdfPage): Promise<string[]> {
  const content = await page.getTextContent();
  const paragraphs: string[] = [];
  let line = '';
  let lastY: number | undefined;
  let lastHeight = 0;
  let paragraph: string[] = [];
  const endLine = () => {
    if (line.trim()) paragraph.push(line.trim());
    line = '';
  };
  const endParagraph = () => {
    endLine();
    if (paragraph.length) paragraphs.push(paragraph.join(' ').replace(/\s+/g, ' '));
    paragraph = [];
  };
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const y = item.transform[5] as number;
    if (lastY !== undefined && Math.abs(lastY - y) > 1) {
      if (Math.abs(lastY - y) > (lastHeight || 12) * 1.8) endParagraph();
      else endLine();
    }
    line += item.str;
    if (item.hasEOL) line += ' ';
    lastY = y;
    lastHeight = item.height || lastHeight;
  }
  endParagraph();
  return paragraphs;
}
