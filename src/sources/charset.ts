import { TextDecoder } from 'node:util';
import { charsetOf } from './content-type.js';
import { bomOf } from './sniff.js';

/**
 * Decodes a page: a byte-order mark wins (UTF-8, UTF-16 and UTF-32, as the WHATWG rules say), then
 * the charset its HTTP header declares, then the one its `<meta>` declares, else UTF-8. Node's
 * TextDecoder (full ICU) knows windows-125x, ISO-8859-x, Shift_JIS, EUC-KR, GBK…
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const bom = bomOf(bytes);
  if (bom?.encoding === 'utf-32le' || bom?.encoding === 'utf-32be') return decodeUtf32(bytes.subarray(4), bom.encoding === 'utf-32le');
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
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

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => HIGH_1252[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

/** UTF-32, which TextDecoder does not know: four bytes a code point; invalid ones become U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let points: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    points.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (points.length === 8192) {
      parts.push(String.fromCodePoint(...points));
      points = [];
    }
  }
  parts.push(String.fromCodePoint(...points));
  return parts.join('');
}

function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return (
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head)?.[1]
  );
}
