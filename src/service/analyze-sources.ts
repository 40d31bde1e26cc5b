import type { AnalysisResult } from '../analysis/engine.js';
import type { LlmEngine } from '../llm/llm-engine.js';
import { english } from '../errors.js';
import { type Article, fellBack, type SourceId } from '../report/types.js';
import type { Cpu } from '../workers/cpu.js';

/** Which engine a person asked for; left unset, the model answers when one is configured. */
export type EngineChoice = 'offline' | 'llm';

/** Who asks: the model's budget and cooldown are counted per server and per person. */
export interface Requester {
  guildId?: string | null | undefined;
  userId?: string | undefined;
}

export interface AnalyzeOptions {
  engine?: EngineChoice | undefined;
  requester?: Requester | undefined;
  /** The reader's locale: the model writes in its language. */
  locale?: string | undefined;
  signal?: AbortSignal | undefined;
}

export const NO_MODEL_NOTE = english('noModelNote');

/**
 * The one analysis path, for a first comparison and for every re-analysis in a thread: the offline
 * engine always (off the event loop when `cpu` is a pool), then the model when one is configured and
 * not refused. The model can only add checked findings to the offline result.
 */
export async function analyzeSources(
  engines: { cpu: Cpu; llm?: LlmEngine | undefined },
  sources: ReadonlyArray<{ id: SourceId; article: Article }>,
  options: AnalyzeOptions = {},
): Promise<AnalysisResult> {
  const articles = sources.map((s) => s.article);
  const ids = sources.map((s) => s.id);
  const offline = await engines.cpu.analyze(articles, ids, options.signal);
  if (options.engine === 'offline') return offline;
  if (!engines.llm) return options.engine === 'llm' ? { ...offline, engine: fellBack(offline.engine, NO_MODEL_NOTE, {}, { key: 'noModelNote' }) } : offline;
  const { locale, requester } = options;
  // The signal reaches the model's HTTP requests: a cancelled comparison closes them at once.
  return engines.llm.compare(articles, ids, offline, { locale, guildId: requester?.guildId, userId: requester?.userId, signal: options.signal });
}
