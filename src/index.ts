/**
 * Parallax as a library: compare news sources, summarise one, extract an article from HTML.
 * The bot and the CLI are built on exactly these functions (through the ComparisonService).
 */
export { compare, summarize, readSources } from './service/library.js';
export type { CompareOptions, ReadOptions } from './service/library.js';
export { ComparisonService } from './service/comparison-service.js';
export type { Comparison, Progress, ServiceDeps } from './service/comparison-service.js';
export { MIN_SOURCES, MAX_SOURCES, NotEnoughSourcesError } from './service/source-count.js';
// A pool of worker threads with time and memory limits per task, for `cpu` in the options: without it the
// library extracts and analyses on the calling thread, unbounded.
export { WorkerPool } from './workers/cpu.js';
export type { Cpu, PoolLimits } from './workers/cpu.js';
export { extractArticle } from './sources/extract.js';
export { analyze } from './analysis/engine.js';
export { answerQuestion } from './analysis/answer.js';
export { renderMarkdown, renderSummaryMarkdown } from './report/markdown.js';
export { UserError, SourceError, BusyError } from './errors.js';
export type * from './report/types.js';
