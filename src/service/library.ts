/**
 * The library's functions (`compare`, `summarize`, `readSources`), each one call of a ComparisonService
 * built from the options: the bot and the CLI run the very same path.
 */
import type { Keyv } from 'keyv';
import type { LlmContext, LlmEngine } from '../llm/llm-engine.js';
import type { Logger } from '../logger.js';
import type { Article, Report, SourceId, SourceInput, Summary, UnreadableSource } from '../report/types.js';
import type { FetchLimits } from '../sources/fetch-page.js';
import { type LoadRequest, SourceLoader } from '../sources/load-source.js';
import { type Cpu, inlineCpu } from '../workers/cpu.js';
import type { EngineChoice } from './analyze-sources.js';
import { ComparisonService, type Progress } from './comparison-service.js';
import { readSources as readAll } from './read-sources.js';

export interface ReadOptions {
  /** Where extraction and analysis run; defaults to the calling thread. */
  cpu?: Cpu;
  /** A loader to share (its cache and in-flight fetches); built from the options below otherwise. */
  loader?: SourceLoader;
  /** `host` or `host:port` entries that may be fetched although they are private (intranets, tests). */
  allowHosts?: readonly string[];
  limits?: Partial<FetchLimits>;
  cache?: Keyv<Article>;
  /** Cancels reading (and analysis, for compare). */
  signal?: AbortSignal;
  /** Whether `{ path }` requests may read this machine's files: the CLI's own files only, never the bot's users'. */
  localFiles?: boolean;
  /** Where a source's unexpected failure is logged with its stack (the report gives a one-line reason). */
  log?: Logger;
}

export interface CompareOptions extends ReadOptions {
  /** The model engine; when given (and `engine` is not 'offline') the offline result is deepened by it. */
  llm?: LlmEngine | undefined;
  engine?: EngineChoice | undefined;
  /** Who asks, for the model's language, budget and cooldown. */
  llmContext?: LlmContext;
  /** Called as sources are read, then when the comparison starts. */
  onProgress?: (progress: Progress) => void;
  /** How to name each input in messages (defaults to its link or title). */
  labels?: string[];
}

/**
 * Compares 2–10 sources about one story: summaries, consensus, discrepancies with verbatim evidence,
 * sources about a different event set apart, unreadable sources listed with the reason.
 */
export async function compare(inputs: SourceInput[] | LoadRequest[], options: CompareOptions = {}): Promise<Report> {
  const { llmContext: who = {} } = options;
  const comparison = await serviceFor(options).compare(inputs, {
    labels: options.labels,
    engine: options.engine,
    locale: who.locale,
    requester: { guildId: who.guildId, userId: who.userId },
    signal: options.signal,
    onProgress: options.onProgress,
  });
  return comparison.report;
}

/** Summarises one source: title, outlet, date, length, a one-sentence summary and key points. */
export function summarize(input: SourceInput | LoadRequest, options: ReadOptions = {}): Promise<Summary> {
  return serviceFor(options).summarize(input, { signal: options.signal });
}

/** Reads each source; a failure is kept with its reason rather than dropped. Ids start at `S{firstNumber}`. */
export async function readSources(
  inputs: LoadRequest[],
  options: ReadOptions & { labels?: string[]; onProgress?: (progress: Progress) => void } = {},
  firstNumber = 1,
): Promise<{ articles: Array<{ id: SourceId; article: Article }>; unreadable: UnreadableSource[] }> {
  const { read, unreadable } = await readAll(options.loader ?? loaderFor(options), inputs, {
    labels: options.labels,
    firstNumber,
    signal: options.signal,
    log: options.log,
    onProgress: (done, total) => options.onProgress?.({ stage: 'reading', done, total }),
  });
  return { articles: read.map(({ id, article }) => ({ id, article })), unreadable };
}

function serviceFor(options: CompareOptions): ComparisonService {
  const cpu = options.cpu ?? inlineCpu;
  return new ComparisonService({ loader: options.loader ?? loaderFor(options), cpu, llm: options.llm, log: options.log });
}

/** A SourceLoader from the library's options: extraction on `cpu`, fetches guarded and capped. */
export function loaderFor(options: ReadOptions): SourceLoader {
  const cpu = options.cpu ?? inlineCpu;
  return new SourceLoader({
    extract: (html, url, signal) => cpu.extract(html, url, signal),
    extractPdf: (bytes, url, signal) => cpu.extractPdf(bytes, url, signal),
    ...(options.allowHosts ? { allowHosts: options.allowHosts } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.localFiles ? { localFiles: true } : {}),
  });
}
