import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { SourceError } from '../errors.js';
import { type AllowList, checkLiteralHost, guardedLookup, type Resolver } from './address-guard.js';
import { kindOfType, mimeOf } from './content-type.js';

export interface FetchLimits {
  /** Whole request, redirects included. */
  timeoutMs: number;
  /** Until the response headers of each request arrive: a server that accepts and stalls fails fast. */
  firstByteMs: number;
  /** Decoded body size; the download stops as soon as it is passed. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  firstByteMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'ParallaxBot/0.1 (+https://github.com/parallax-bot/parallax)',
};

export interface FetchedPage {
  url: string;
  contentType: string;
  /** The body as sent (decompressed); decoding it is the reader's business (sources/read-bytes.ts). */
  bytes: Buffer;
}

/**
 * GET a public web page within the limits: private addresses refused on every hop, redirects
 * followed by hand, the body streamed through decompression and cut off at the size cap.
 */
export interface FetchOptions {
  allow: AllowList;
  limits?: FetchLimits;
  /** For files whose type the caller decides by name (attachments): any content type is read. */
  anyType?: boolean;
  /** DNS resolution; injectable so tests can play a resolver that lies. */
  resolve?: Resolver;
  /** The caller giving up (the person cancelled, the bot shuts down): the download stops. */
  signal?: AbortSignal | undefined;
}

export async function fetchPage(link: string, options: FetchOptions): Promise<FetchedPage> {
  const { limits = DEFAULT_FETCH_LIMITS, anyType = false } = options;
  options.signal?.throwIfAborted();
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  let url = new URL(link);
  for (let hop = 0; ; hop++) {
    const res = await request(url, options, limits, signal);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= limits.maxRedirects) throw SourceError.of('tooManyRedirects', { link, n: limits.maxRedirects });
      url = new URL(res.headers.location, url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw SourceError.of('redirectNotWeb', { link });
      if (url.username || url.password) throw SourceError.of('redirectCredentials', { link });
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw SourceError.of('httpStatus', { host: url.host, status, statusText: res.statusMessage ? ` (${res.statusMessage})` : '', link });
    }
    const contentType = String(res.headers['content-type'] ?? 'text/html').toLowerCase();
    if (!anyType && !kindOfType(contentType)) {
      res.resume();
      throw (mimeOf(contentType) ? SourceError.of('notWebType', { link, type: mimeOf(contentType) }) : SourceError.of('notWebTypeUnknown', { link }));
    }
    const bytes = await readCapped(res, limits.maxBytes, link, signal);
    return { url: url.toString(), contentType, bytes };
  }
}

function request(url: URL, options: FetchOptions, limits: FetchLimits, signal: AbortSignal): Promise<IncomingMessage> {
  checkLiteralHost(url, options.allow);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      lookup: guardedLookup(url, options.allow, options.resolve),
      // No pooled sockets: a kept-alive connection would skip the address check of the next request.
      agent: false,
      signal,
      headers: {
        'user-agent': limits.userAgent,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
        'accept-language': 'en;q=1, *;q=0.5',
      },
    });
    const firstByte = setTimeout(() => {
      req.destroy(SourceError.of('sentNothing', { host: url.host, s: Math.round(limits.firstByteMs / 1000) }));
    }, limits.firstByteMs);
    req.on('response', (res) => {
      clearTimeout(firstByte);
      resolve(res);
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(firstByte);
      reject(describeNetworkError(err, url, signal));
    });
  });
}

async function readCapped(res: IncomingMessage, maxBytes: number, link: string, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(res.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    res.destroy();
    throw tooLarge(link, maxBytes);
  }
  const stream = decompress(res);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(link, maxBytes);
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw describeNetworkError(err as NodeJS.ErrnoException, new URL(link), signal);
  } finally {
    res.destroy();
    if (stream !== res) stream.destroy();
  }
  return Buffer.concat(chunks);
}

function decompress(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase().trim();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined;
  if (!decoder) return res;
  res.on('error', (e) => decoder.destroy(e));
  return res.pipe(decoder);
}

function tooLarge(link: string, maxBytes: number): SourceError {
  return SourceError.of('linkTooLarge', { link, mb: Math.round(maxBytes / 1024 / 1024) });
}

function describeNetworkError(err: NodeJS.ErrnoException, url: URL, signal: AbortSignal): Error {
  if (err instanceof SourceError) return err;
  // A caller's own abort is its reason, not the site's fault; only the timeout is.
  if (signal.aborted && !(signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError')) return signal.reason as Error;
  if (signal.aborted || err.name === 'AbortError' || err.name === 'TimeoutError') {
    return SourceError.of('noAnswerInTime', { host: url.host });
  }
  if (err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') return SourceError.of('dnsFailed', { host: url.host });
  if (err.code === 'ECONNREFUSED') return SourceError.of('connectionRefused', { host: url.host });
  if (err.code === 'Z_DATA_ERROR') return SourceError.of('damagedPage', { host: url.host });
  return SourceError.of('unreachable', { host: url.host, code: err.code ?? err.message });
}
