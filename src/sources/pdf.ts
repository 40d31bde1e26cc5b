import type { Article } from '../report/types.js';
import { articleFromText } from './text-article.js';
import { countWords } from '../analysis/text.js';

/**
 * Reads a PDF's text layer (press releases, official readouts) with Mozilla's pdf.js. Lines are
 * rebuilt from the text items; a vertical gap larger than a line starts a new paragraph. A PDF with no
 * text layer (a scan) is reported as unreadable rather than guessed at.
 */
export async function extractPdf(bytes: Uint8Array, url?: string): Promise<Article> {
  // The legacy build is the one pdf.js ships for Node; imported on first use only.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const paragraphs: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
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
      page.cleanup();
    }
    const info = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: string } | undefined;
    const text = paragraphs.join('\n\n');
    const article = articleFromText(text, { ...(info?.Title?.trim() ? { title: info.Title.trim() } : {}), ...(url ? { url } : {}) });
    if (countWords(article.text) < 30) article.notes.push(`Unreadable: the PDF has no text layer to read (${countWords(article.text)} words found; a scanned document?).`);
    return article;
  } finally {
    // pdf.js 6 destroys a document through the loading task that opened it.
    await task.destroy();
  }
}
