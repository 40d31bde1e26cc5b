import type { Keyv } from 'keyv';
import { abortable } from '../abortable.js';
import { SourceError } from '../errors.js';
import type { Article, SourceInput } from '../report/types.js';
import { AllowList } from './address-guard.js';
import { fileKind, kindOfType } from './content-type.js';
import { isUnreadable } from './extract.js';
import { DEFAULT_FETCH_LIMITS, fetchPage, type FetchLimits } from './fetch-page.js';
import { HostLimiter } from './host-limiter.js';
import { normalizeUrl } from './normalize-url.js';
import { type Extractor, type PdfExtractor, readBytes } from './read-bytes.js';
import { readLocalFile } from './local-file.js';
import { capArticle, MAX_ARTICLE_CHARS } from './text-cap.js';
import { articleFromText } from './text-article.js';
import { parseLink } from './links.js';

export { fileKind } from './content-type.js';
export type { Extractor, PdfExtractor } from './read-bytes.js';

/** An uploaded file (a Discord attachment): where to download it and what it claims to be. */
export interface FileRef {
  url: string;
  name: string;
  size: number;
  contentType?: string | null;
}

/** A file's bytes already in hand (the CLI's local files): read exactly as a downloaded attachment is. */
export interface LocalBytes {
  name: string;
  data: Uint8Array;
  contentType?: string;
}

/** Anything a source can be read from: the public SourceInput, an uploaded or local file, or an article already read. */
/** A file on this machine (the CLI), with what the person said of it (a pasted text's headline, date, outlet). */
export interface LocalPath {
  path: string;
  meta?: Pick<Article, 'title' | 'publishedAt' | 'site'>;
}

export type LoadRequest = SourceInput | { file: FileRef } | { bytes: LocalBytes } | LocalPath | { article: Article };

export interface SourceLoaderOptions {
  /** Whether `{ path }` requests may read files on this machine (the CLI); off for the bot. */
  localFiles?: boolean;
  /** HTML to article; gets the load's AbortSignal, which a worker pool honours. */
  extract: Extractor;
  extractPdf: PdfExtractor;
  limits?: Partial<FetchLimits>;
  allowHosts?: readonly string[];
  /** Extracted articles by normalised URL. */
  cache?: Keyv<Article>;
  cacheTtlMs?: number;
  /** Requests at a time to one host. */
  perHost?: number;
  /** Requests that may wait for a slot at one host; past it a link is refused at once. */
  perHostQueue?: number;
}

/** Enough to keep a few comparisons' links to one site in line, few enough that none waits behind a pile-up. */
export const DEFAULT_PER_HOST_QUEUE = 16;

/** One fetch of a link shared by everyone asking for it; stopped only when every one of them gave up. */
interface SharedLoad {
  task: Promise<Article>;
  callers: number;
  gaveUp: AbortController;
}

/**
 * Reads sources: links are fetched (once per URL at a time, cached by normalised URL) and extracted;
 * text is taken as given. Failures are SourceErrors whose message says why, in plain words.
 */
export class SourceLoader {
  private readonly allow: AllowList;
  private readonly limits: FetchLimits;
  private readonly inFlight = new Map<string, SharedLoad>();
  private readonly hosts: HostLimiter;

  constructor(private readonly options: SourceLoaderOptions) {
    this.allow = new AllowList(options.allowHosts ?? []);
    this.limits = { ...DEFAULT_FETCH_LIMITS, ...options.limits };
    this.hosts = new HostLimiter(options.perHost ?? 2, options.perHostQueue ?? DEFAULT_PER_HOST_QUEUE);
  }

  /**
   * Reads one source. `signal` stops it: the download, or the extraction's queue place or worker.
   * `fresh` reads a link again instead of taking it from the cache (a report's Re-check).
   */
  async load(input: LoadRequest, options: { signal?: AbortSignal | undefined; fresh?: boolean | undefined } = {}): Promise<Article> {
    const { signal } = options;
    signal?.throwIfAborted();
    if ('file' in input) return this.loadFile(input.file, signal);
    if ('bytes' in input) return this.loadBytes(input.bytes, signal);
    if ('path' in input) return this.loadPath(input, signal);
    if ('article' in input) return input.article;
    if ('text' in input) {
      const article = capArticle(articleFromText(input.text.slice(0, 2 * MAX_ARTICLE_CHARS), input));
      if (!article.text.trim()) throw new SourceError(`${input.title ?? 'The pasted text'} is empty.`);
      return article;
    }
    const url = parseLink(input.url);
    const key = normalizeUrl(url);
    // A fresh read (a report's Re-check) joins nobody's and is nobody's to join: it bypasses the cache.
    let shared = options.fresh ? undefined : this.inFlight.get(key);
    if (!shared) {
      // Shared by everyone asking for this link, so one person's cancel does not stop it for the others;
      // when all of them have cancelled it leaves the site's queue rather than hold a place there.
      const gaveUp = new AbortController();
      const task = this.fetchAndExtract(url, key, gaveUp.signal, options.fresh);
      shared = { task: options.fresh ? task : task.finally(() => this.inFlight.delete(key)), callers: 0, gaveUp };
      if (!options.fresh) this.inFlight.set(key, shared);
    }
    shared.callers++;
    if (!signal) return shared.task;
    const { task, gaveUp } = shared;
    const owner = shared;
    const leave = () => {
      if (--owner.callers === 0) gaveUp.abort(signal.reason);
    };
    signal.addEventListener('abort', leave, { once: true });
    return abortable(task, signal).finally(() => signal.removeEventListener('abort', leave));
  }

  /**
   * Reads an uploaded file (a Discord attachment): text, Markdown, HTML or PDF, decided by its name or
   * type, then by its bytes. The size is checked before anything is downloaded.
   */
  async loadFile(file: FileRef, signal?: AbortSignal): Promise<Article> {
    const kind = fileKind(file.name, file.contentType);
    if (!kind) throw SourceError.of('fileType', { name: file.name });
    if (file.size === 0) throw SourceError.of('sourceEmpty', { name: file.name });
    if (file.size > this.limits.maxBytes) throw tooLarge(file.name, this.limits.maxBytes);
    const page = await this.politely(file.url, signal, (limits) => fetchPage(file.url, { allow: this.allow, limits, anyType: true, signal }));
    return this.loadBytes({ name: file.name, data: page.bytes, ...(file.contentType ? { contentType: file.contentType } : {}) }, signal);
  }

  /**
   * Reads a file on this machine, to the same size cap as a link, then as an attachment's bytes: only
   * for a loader built to (the CLI), so no path a bot user types can reach the disk.
   */
  private async loadPath({ path, meta }: LocalPath, signal?: AbortSignal): Promise<Article> {
    if (!this.options.localFiles) throw SourceError.of('noLocalFiles');
    const article = await this.loadBytes(await readLocalFile(path, this.limits.maxBytes), signal);
    return meta ? { ...article, ...meta } : article;
  }

  /** Reads a file's bytes: the same decode, kind and extraction as a downloaded attachment. */
  async loadBytes(file: LocalBytes, signal?: AbortSignal): Promise<Article> {
    if (file.data.length > this.limits.maxBytes) throw tooLarge(file.name, this.limits.maxBytes);
    const kind = fileKind(file.name, file.contentType) ?? 'text';
    const article = capArticle(await readBytes({ name: file.name, data: file.data, contentType: file.contentType }, kind, this.options, signal));
    if (!article.title) article.title = file.name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
    throwIfUnreadable(article, file.name);
    return article;
  }

  private async fetchAndExtract(url: string, key: string, gaveUp: AbortSignal, fresh = false): Promise<Article> {
    const cached = fresh ? undefined : await this.options.cache?.get(key).catch(() => undefined);
    if (cached) return cached;
    const page = await this.politely(url, gaveUp, (limits) => fetchPage(url, { allow: this.allow, limits }));
    const body = { name: url, data: page.bytes, contentType: page.contentType, url: page.url };
    const article = capArticle(await readBytes(body, kindOfType(page.contentType) ?? 'text', this.options));
    // The link shown is the one fetched (after redirects): a page's own canonical URL is only a cache key.
    const canonical = canonicalKey(article.url, key);
    article.url = page.url;
    throwIfUnreadable(article, url);
    await this.options.cache?.set(key, article, this.options.cacheTtlMs).catch(() => undefined);
    // An AMP or mobile page names its canonical article: a later link to that is served from here.
    if (canonical) await this.options.cache?.set(canonical, article, this.options.cacheTtlMs).catch(() => undefined);
    return article;
  }

  /**
   * Runs a fetch in its host's queue. The link's time budget (limits.timeoutMs) starts when it joins
   * the queue: a link that waited gets only what is left, and one that waited all of it fails there, so
   * a stalled site costs each link at most its budget however many others are in line.
   */
  private politely<T>(url: string, signal: AbortSignal | undefined, task: (limits: FetchLimits) => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.limits.timeoutMs;
    return this.hosts.run(new URL(url).host.toLowerCase(), () => task({ ...this.limits, timeoutMs: Math.max(1, deadline - Date.now()) }), { deadline, signal });
  }
}

/**
 * The cache key of a page's canonical URL when it differs from the one fetched and belongs to the
 * same site (www., m., amp. prefixes aside): a page cannot claim another site's URL and poison its
 * cache entry.
 */
function canonicalKey(canonical: string | undefined, fetchedKey: string): string | undefined {
  if (!canonical) return undefined;
  let key: string;
  try {
    key = normalizeUrl(canonical);
  } catch {
    return undefined;
  }
  const site = (u: string) => new URL(u).hostname.replace(/^(www|m|amp|mobile)\./, '');
  return key !== fetchedKey && site(key) === site(fetchedKey) ? key : undefined;
}

function throwIfUnreadable(article: Article, name: string): void {
  const note = article.notes.find((n) => n.startsWith('Unreadable'));
  if (!note || !isUnreadable(article)) return;
  // The note's own body by key, so the reason is said in the reader's language like any other.
  const why = article.noteKeys?.find((k) => k.note === note && k.key === 'noteUnreadable')?.params?.why;
  throw new SourceError(`${name}: ${note.replace(/^Unreadable: /, '')}`, typeof why === 'object' ? { key: 'unreadableSource', params: { name, why } } : undefined);
}

function tooLarge(name: string, maxBytes: number): SourceError {
  return SourceError.of('fileTooLarge', { name, mb: Math.round(maxBytes / 1024 / 1024) });
}
