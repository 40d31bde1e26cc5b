import { TextDecoder } from 'node:util';

/**
 * Decodes a page with the charset its HTTP header declares, else the one its `<meta>` declares,
 * else UTF-8. Node's TextDecoder (full ICU) knows windows-125x, ISO-8859-x, Shift_JIS, EUC-KR, GBK…
 */
export function decodeBody(bytes: Buffer, contentType: string): string {
  const label = charsetOf(contentType) ?? sniffMetaCharset(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

function charsetOf(contentType: string): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
}

function sniffMetaCharset(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const head = bytes.subarray(0, 4096).toString('latin1');
  return (
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head)?.[1]
  );
}
