import { SourceError } from '../errors.js';
import type { Article } from '../report/types.js';
import { decodeBody } from './charset.js';
import type { SourceKind } from './content-type.js';
import { binaryFormat, isPdf } from './sniff.js';
import { articleFromText } from './text-article.js';
import { MAX_ARTICLE_CHARS } from './text-cap.js';

/** Turns HTML into an article; injected so the bot can run it in a worker thread. */
export type Extractor = (html: string, url?: string, signal?: AbortSignal) => Promise<Article>;
/** Turns a PDF's bytes into an article; injected like the HTML extractor. */
export type PdfExtractor = (bytes: Uint8Array, url?: string, signal?: AbortSignal) => Promise<Article>;

export interface Body {
  /** How to name it in a reason: the link or the file's name. */
  name: string;
  data: Uint8Array;
  /** The Content-Type it came with; decides the charset when no byte-order mark does. */
  contentType?: string | undefined;
  /** Where it was fetched from, for the article's metadata (never for a local file). */
  url?: string | undefined;
}

/**
 * Bytes to an article, the one path for pages, attachments and local files: what the bytes are (a
 * PDF, binary data, text with a byte-order mark) wins over what they were declared to be; text is
 * decoded, then extracted as HTML or read as text/Markdown.
 */
export async function readBytes(body: Body, kind: SourceKind, cpu: { extract: Extractor; extractPdf: PdfExtractor }, signal?: AbortSignal): Promise<Article> {
  if (body.data.length === 0) throw SourceError.of('sourceEmpty', { name: body.name });
  if (isPdf(body.data, kind === 'pdf')) return cpu.extractPdf(body.data, body.url, signal);
  if (kind === 'pdf') throw SourceError.of('notPdf', { name: body.name });
  const binary = binaryFormat(body.data);
  if (binary) throw SourceError.of('notText', { name: body.name, kind: binary });
  const text = decodeBody(body.data, body.contentType ?? (kind === 'html' ? 'text/html' : 'text/plain'));
  if (!text.trim()) throw SourceError.of('sourceEmpty', { name: body.name });
  if (kind === 'html') return cpu.extract(text, body.url, signal);
  // Twice the cap leaves room for Markdown syntax; the article's text is cut to the cap afterwards.
  return articleFromText(text.slice(0, 2 * MAX_ARTICLE_CHARS), body.url ? { url: body.url } : {});
}
