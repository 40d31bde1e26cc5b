import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { SourceError } from '../errors.js';

/**
 * A local file's bytes for the CLI, refused before reading when it is larger than `maxBytes` (the same
 * cap as a link's body), and read with a bounded buffer so a file that grows meanwhile cannot pass it.
 */
export async function readLocalFile(path: string, maxBytes: number): Promise<{ name: string; data: Uint8Array }> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new SourceError(`Cannot read ${path}: no such file, and it is not an http(s) link.`);
  if (!info.isFile()) throw new SourceError(`Cannot read ${path}: it is not a file.`);
  if (info.size > maxBytes) throw tooLarge(path, maxBytes);
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) throw new SourceError(`Cannot read ${path}: permission denied or unreadable.`);
  try {
    // One byte more than the cap: reading it means the file is over the cap, whatever stat said.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = (await handle.read(buffer, length, buffer.length - length, length)).bytesRead;
    if (length > maxBytes) throw tooLarge(path, maxBytes);
    return { name: basename(path), data: buffer.subarray(0, length) };
  } finally {
    await handle.close();
  }
}

function tooLarge(path: string, maxBytes: number): SourceError {
  return new SourceError(`${path} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; Parallax reads files up to that size, as it does links.`);
}
