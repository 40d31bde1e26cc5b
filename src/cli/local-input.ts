import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { decodeBody } from '../sources/charset.js';
import { extractArticle } from '../sources/extract.js';
import { fileKind, type LoadRequest } from '../sources/load-source.js';
import { extractPdf } from '../sources/pdf.js';

/**
 * A command-line argument as a request: a link as is, a file read from disk. Stands in until the
 * source loader reads local bytes itself (`readLocalFile`), so that files get the same caps and decoding.
 */
export async function requestOf(arg: string): Promise<LoadRequest> {
  if (/^https?:\/\//i.test(arg)) return { url: arg };
  let bytes: Buffer;
  try {
    bytes = await readFile(arg);
  } catch {
    throw new UserError(`Cannot read ${arg}: no such file, and it is not an http(s) link.`);
  }
  const kind = fileKind(arg) ?? 'text';
  // Files are decoded like pages: a <meta charset> (or a byte-order mark) is honoured, else UTF-8.
  if (kind === 'html') return { article: extractArticle(decodeBody(bytes, 'text/html')) };
  if (kind === 'pdf') return { article: await extractPdf(bytes) };
  return { text: decodeBody(bytes, 'text/plain') };
}
