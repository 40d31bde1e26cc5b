import type { Keyv } from 'keyv';
import type { AnalysisResult } from '../analysis/engine.js';
import type { Config } from '../config/config.js';
import type { Logger } from '../logger.js';
import type { Counters } from '../store/counters.js';
import { type DailyLimits, ModelBudget } from './budget.js';
import { LlmEngine } from './llm-engine.js';
import { ModelClient } from './model-client.js';

/** The model engine when one is configured (OPENAI_MODEL), else undefined: the offline engine alone. */
/** `limits`: servers' own daily limits (/parallax settings), within the bot's. */
export function createLlmEngine(config: Config, stores: { llm: Keyv<AnalysisResult>; budget: Keyv<number>; counters?: Counters }, log: Logger, limits?: DailyLimits): LlmEngine | undefined {
  if (!config.OPENAI_MODEL) return undefined;
  const client = new ModelClient(
    {
      apiKey: config.OPENAI_API_KEY,
      baseURL: config.OPENAI_BASE_URL,
      model: config.OPENAI_MODEL,
      timeoutMs: config.OPENAI_TIMEOUT_MS,
      maxRetries: config.OPENAI_MAX_RETRIES,
      responseFormat: config.OPENAI_RESPONSE_FORMAT,
    },
    log,
  );
  const budget = new ModelBudget(stores.counters ?? stores.budget, config.LLM_DAILY_TOKENS_PER_GUILD, config.LLM_USER_COOLDOWN_SECONDS * 1000, limits);
  return new LlmEngine(client, stores.llm, budget, log, config.LLM_CHUNK_CHARS, {
    compareMs: config.LLM_COMPARE_DEADLINE_SECONDS * 1000,
    answerMs: config.LLM_ANSWER_DEADLINE_SECONDS * 1000,
  });
}
