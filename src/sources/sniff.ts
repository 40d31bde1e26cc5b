/**
 * What the first bytes of a body say it is, whatever its name or Content-Type claims: a byte-order
 * mark (which, as the WHATWG Encoding Standard says, wins over any declared charset), a PDF, or a
 * binary format that is not text at all.
 */
export type Bom = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

export function bomOf(bytes: Uint8Array): { encoding: Bom; length: number } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  // UTF-32LE's mark begins with UTF-16LE's, so it is tested first.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Whether the bytes are a PDF: `%PDF-` at the start, or (when the file says it is one) anywhere in its
 * first kilobyte, where readers accept the header after some junk.
 */
export function isPdf(bytes: Uint8Array, declared = false): boolean {
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).indexOf('%PDF-', 0, 'latin1');
  return at === 0 || (declared && at > 0);
}

const MAGIC: Array<[string, number[]]> = [
  ['an executable (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

/**
 * What binary format the bytes are, or undefined when they may be text: a known magic number, or a
 * NUL byte in the first 8 KB (text has none, unless a UTF-16/32 byte-order mark announces it).
 */
export function binaryFormat(bytes: Uint8Array): string | undefined {
  const known = MAGIC.find(([, magic]) => startsWith(bytes, magic));
  if (known) return known[0];
  const bom = bomOf(bytes);
  if (bom && bom.encoding !== 'utf-8') return undefined;
  return bytes.subarray(0, 8192).includes(0) ? 'binary data' : undefined;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}
