import type { Keyv } from 'keyv';
import { UserError } from './errors.js';
import { summarizeArticle } from './analysis/engine.js';
import type { Article, Report, SourceId, SourceInput, Summary, UnreadableSource } from './report/types.js';
import type { FetchLimits } from './sources/fetch-page.js';
import { type LoadRequest, SourceLoader } from './sources/load-source.js';
import { type Cpu, inlineCpu } from './workers/cpu.js';
import type { AnalysisResult } from './analysis/engine.js';
import type { LlmContext, LlmEngine } from './llm/llm-engine.js';

export const MIN_SOURCES = 2;
export const MAX_SOURCES = 10;

export interface ReadOptions {
  /** Where extraction and analysis run; defaults to the calling thread. */
  cpu?: Cpu;
  /** A loader to share (its cache and in-flight fetches); built from the options below otherwise. */
  loader?: SourceLoader;
  /** `host` or `host:port` entries that may be fetched although they are private (intranets, tests). */
  allowHosts?: readonly string[];
  limits?: Partial<FetchLimits>;
  cache?: Keyv<Article>;
}

export interface CompareOptions extends ReadOptions {
  /** The model engine; when given (and `engine` is not 'offline') the offline result is deepened by it. */
  llm?: LlmEngine | undefined;
  engine?: 'offline' | 'llm' | undefined;
  /** Who asks, for the model's language, budget and cooldown. */
  llmContext?: LlmContext;
  /** Called as sources are read, then when the comparison starts. */
  onProgress?: (progress: { stage: 'reading' | 'comparing'; done: number; total: number }) => void;
  /** How to name each input in messages (defaults to its link or title). */
  labels?: string[];
}

/** Raised when too few sources could be read to compare; carries what went wrong with each. */
export class NotEnoughSourcesError extends UserError {
  constructor(readonly unreadable: UnreadableSource[], readable: number) {
    super(
      `Only ${readable} of ${readable + unreadable.length} sources could be read; at least ${MIN_SOURCES} are needed to compare.\n` +
        unreadable.map((u) => `${u.id} (${u.input}): ${u.reason}`).join('\n'),
    );
  }
}

export function labelOf(input: LoadRequest): string {
  if ('file' in input) return input.file.name;
  if ('bytes' in input) return input.bytes.name;
  if ('article' in input) return input.article.title ?? input.article.url ?? 'article';
  return 'url' in input && input.url ? input.url : 'title' in input && input.title ? input.title : 'pasted text';
}

/** Reads each source; a failure is kept with its reason rather than dropped. */
export async function readSources(
  inputs: LoadRequest[],
  options: CompareOptions = {},
  firstNumber = 1,
): Promise<{ articles: Array<{ id: SourceId; article: Article }>; unreadable: UnreadableSource[] }> {
  const loader = options.loader ?? loaderFor(options);
  let done = 0;
  const results = await Promise.all(
    inputs.map(async (input, i) => {
      const id = `S${firstNumber + i}` as SourceId;
      try {
        return { id, article: await loader.load(input) };
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        return { id, input: options.labels?.[i] ?? labelOf(input), reason: err.message };
      } finally {
        options.onProgress?.({ stage: 'reading', done: ++done, total: inputs.length });
      }
    }),
  );
  return {
    articles: results.filter((r): r is { id: SourceId; article: Article } => 'article' in r),
    unreadable: results.filter((r): r is UnreadableSource => 'reason' in r),
  };
}

/**
 * Compares 2–10 sources about one story: summaries, consensus, discrepancies with verbatim evidence,
 * sources about a different event set apart, unreadable sources listed with the reason.
 */
export async function compare(inputs: SourceInput[], options: CompareOptions = {}): Promise<Report> {
  return compareRequests(inputs, options);
}

/** compare() for every kind of LoadRequest (files, articles already read): what the bot and CLI use. */
export async function compareRequests(inputs: LoadRequest[], options: CompareOptions = {}): Promise<Report> {
  if (inputs.length < MIN_SOURCES) throw new UserError(`Give at least ${MIN_SOURCES} sources to compare (you gave ${inputs.length}).`);
  if (inputs.length > MAX_SOURCES) throw new UserError(`Give at most ${MAX_SOURCES} sources to compare (you gave ${inputs.length}).`);
  const { articles, unreadable } = await readSources(inputs, options);
  if (articles.length < MIN_SOURCES) throw new NotEnoughSourcesError(unreadable, articles.length);
  options.onProgress?.({ stage: 'comparing', done: 0, total: articles.length });
  return { ...(await analyzeSources(articles, options)), unreadable };
}

/**
 * Analyses sources already read: the offline engine always (off the event loop when `cpu` is a pool),
 * then the model when one is given and wanted. The model can only add to the offline result.
 */
export async function analyzeSources(
  sources: Array<{ id: SourceId; article: Article }>,
  options: Pick<CompareOptions, 'cpu' | 'llm' | 'engine' | 'llmContext'> = {},
): Promise<AnalysisResult> {
  const cpu = options.cpu ?? inlineCpu;
  const articles = sources.map((s) => s.article);
  const ids = sources.map((s) => s.id);
  const offline = await cpu.analyze(articles, ids);
  if (!options.llm || options.engine === 'offline') return offline;
  return options.llm.compare(articles, ids, offline, options.llmContext);
}

/** Summarises one source: title, outlet, date, length, a one-sentence summary and key points. */
export async function summarize(input: SourceInput | LoadRequest, options: ReadOptions = {}): Promise<Summary> {
  const loader = options.loader ?? loaderFor(options);
  return summarizeArticle(await loader.load(input));
}

export function loaderFor(options: ReadOptions): SourceLoader {
  const cpu = options.cpu ?? inlineCpu;
  return new SourceLoader({
    extract: (html, url) => cpu.extract(html, url),
    extractPdf: (bytes, url) => cpu.extractPdf(bytes, url),
    ...(options.allowHosts ? { allowHosts: options.allowHosts } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
  });
}
