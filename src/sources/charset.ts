import { TextDecoder } from 'node:util';

/**
 * Decodes a page with the charset its HTTP header declares, else the one its `<meta>` declares,
 * else UTF-8. Node's TextDecoder (full ICU) knows windows-125x, ISO-8859-x, Shift_JIS, EUC-KR, GBK…
 */
export function decodeBody(bytes: Buffer, contentType: string): string {
  const label = (charsetOf(contentType) ?? sniffMetaCharset(bytes) ?? 'utf-8').toLowerCase();
  if (WINDOWS_1252_LABELS.has(label)) return decodeWindows1252(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

// The Encoding Standard maps all of these to windows-1252, but Node (20–23) decodes them as plain
// Latin-1, turning 0x80–0x9F (curly quotes, dashes, €) into control characters: decoded by hand.
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'l1', 'ascii', 'us-ascii']);
const HIGH_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => HIGH_1252[c.charCodeAt(0) - 0x80]!);
  }
  return out;
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
