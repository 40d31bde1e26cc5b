/**
 * Parallax as a library: compare news sources, summarise one, extract an article from HTML.
 * The bot and the CLI are built on exactly these functions.
 */
export { compare, summarize, readSources, NotEnoughSourcesError, MIN_SOURCES, MAX_SOURCES } from './pipeline.js';
export type { CompareOptions, ReadOptions } from './pipeline.js';
export { extractArticle } from './sources/extract.js';
export { analyze } from './analysis/engine.js';
export { answerQuestion } from './analysis/answer.js';
export { renderMarkdown, renderSummaryMarkdown } from './report/markdown.js';
export { UserError, SourceError } from './errors.js';
export type * from './report/types.js';
