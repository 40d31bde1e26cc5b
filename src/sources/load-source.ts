import type { Keyv } from 'keyv';
import { SourceError } from '../errors.js';
import type { Article, SourceInput } from '../report/types.js';
import { AllowList } from './address-guard.js';
import { isUnreadable } from './extract.js';
import { DEFAULT_FETCH_LIMITS, fetchPage, type FetchLimits } from './fetch-page.js';
import { HostLimiter } from './host-limiter.js';
import { normalizeUrl } from './normalize-url.js';
import { articleFromText } from './text-article.js';
import { parseLink } from './links.js';

/** An uploaded file (a Discord attachment): where to download it and what it claims to be. */
export interface FileRef {
  url: string;
  name: string;
  size: number;
  contentType?: string | null;
}

/** Anything a source can be read from: the public SourceInput, an uploaded file, or an article already read. */
export type LoadRequest = SourceInput | { file: FileRef } | { article: Article };

/** Turns HTML into an article; injected so the bot can run it in a worker thread. */
export type Extractor = (html: string, url?: string) => Promise<Article>;
/** Turns a PDF's bytes into an article; injected like the HTML extractor. */
export type PdfExtractor = (bytes: Uint8Array, url?: string) => Promise<Article>;

export interface SourceLoaderOptions {
  extract: Extractor;
  extractPdf: PdfExtractor;
  limits?: Partial<FetchLimits>;
  allowHosts?: readonly string[];
  /** Extracted articles by normalised URL. */
  cache?: Keyv<Article>;
  cacheTtlMs?: number;
  /** Requests at a time to one host. */
  perHost?: number;
}

/**
 * Reads sources: links are fetched (once per URL at a time, cached by normalised URL) and extracted;
 * text is taken as given. Failures are SourceErrors whose message says why, in plain words.
 */
export class SourceLoader {
  private readonly allow: AllowList;
  private readonly limits: FetchLimits;
  private readonly inFlight = new Map<string, Promise<Article>>();
  private readonly hosts: HostLimiter;

  constructor(private readonly options: SourceLoaderOptions) {
    this.allow = new AllowList(options.allowHosts ?? []);
    this.limits = { ...DEFAULT_FETCH_LIMITS, ...options.limits };
    this.hosts = new HostLimiter(options.perHost ?? 2);
  }

  async load(input: LoadRequest): Promise<Article> {
    if ('file' in input) return this.loadFile(input.file);
    if ('article' in input) return input.article;
    if ('text' in input) {
      const article = articleFromText(input.text, input);
      if (!article.text.trim()) throw new SourceError(`${input.title ?? 'The pasted text'} is empty.`);
      return article;
    }
    const url = parseLink(input.url);
    const key = normalizeUrl(url);
    const running = this.inFlight.get(key);
    if (running) return running;
    const task = this.fetchAndExtract(url, key).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, task);
    return task;
  }

  /**
   * Reads an uploaded file (a Discord attachment): text, Markdown or HTML, decided by its name or
   * type. The size is checked before anything is downloaded.
   */
  async loadFile(file: FileRef): Promise<Article> {
    const kind = fileKind(file.name, file.contentType);
    if (!kind) throw new SourceError(`${file.name} is not a text, Markdown, HTML or PDF file.`);
    if (file.size === 0) throw new SourceError(`${file.name} is empty.`);
    if (file.size > this.limits.maxBytes) throw new SourceError(`${file.name} is larger than ${Math.round(this.limits.maxBytes / 1024 / 1024)} MB.`);
    const page = await this.politely(file.url, () => fetchPage(file.url, { allow: this.allow, limits: this.limits, anyType: true }));
    if (page.bytes.length === 0 || (kind !== 'pdf' && !page.body.trim())) throw new SourceError(`${file.name} is empty.`);
    const article = await this.read(kind, page);
    if (!article.title) article.title = file.name.replace(/\.[^.]+$/, '');
    throwIfUnreadable(article, file.name);
    return article;
  }

  private read(kind: 'html' | 'text' | 'pdf', page: { body: string; bytes: Buffer }, url?: string): Promise<Article> {
    if (kind === 'html') return this.options.extract(page.body, url);
    if (kind === 'pdf') {
      return this.options.extractPdf(page.bytes, url).catch((err: unknown) => {
        throw new SourceError(`${url ?? 'The file'} could not be read as a PDF (${err instanceof Error ? err.message : String(err)}).`);
      });
    }
    return Promise.resolve(articleFromText(page.body, url ? { url } : {}));
  }

  private async fetchAndExtract(url: string, key: string): Promise<Article> {
    const cached = await this.options.cache?.get(key).catch(() => undefined);
    if (cached) return cached;
    const page = await this.politely(url, () => fetchPage(url, { allow: this.allow, limits: this.limits }));
    const article = await this.read(kindOfType(page.contentType), page, page.url);
    if (!article.url) article.url = page.url;
    throwIfUnreadable(article, url);
    await this.options.cache?.set(key, article, this.options.cacheTtlMs).catch(() => undefined);
    // An AMP or mobile page names its canonical article: a later link to that is served from here.
    const canonical = canonicalKey(article.url, key);
    if (canonical) await this.options.cache?.set(canonical, article, this.options.cacheTtlMs).catch(() => undefined);
    return article;
  }

  private politely<T>(url: string, task: () => Promise<T>): Promise<T> {
    return this.hosts.run(new URL(url).host.toLowerCase(), task);
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
  if (note && isUnreadable(article)) throw new SourceError(`${name}: ${note.replace(/^Unreadable: /, '')}`);
}

function kindOfType(contentType: string): 'html' | 'text' | 'pdf' {
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  if (mime === 'application/pdf') return 'pdf';
  return mime === 'text/html' || mime === 'application/xhtml+xml' ? 'html' : 'text';
}

/** What an uploaded file is, by its name first (Discord's content types are often generic). */
export function fileKind(name: string, contentType?: string | null): 'html' | 'text' | 'pdf' | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'txt' || ext === 'md' || ext === 'markdown' || ext === 'text') return 'text';
  if (ext === 'pdf') return 'pdf';
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'text/plain' || mime === 'text/markdown' || mime === 'text/x-markdown') return 'text';
  if (mime === 'application/pdf') return 'pdf';
  return undefined;
}
