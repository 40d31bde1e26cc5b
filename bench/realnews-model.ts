/**
 * The library's compare() with the model engine the environment configures (OPENAI_MODEL with
 * OPENAI_API_KEY or OPENAI_BASE_URL), for `bench:realnews` to score the model the same way as the
 * offline engine. Model answers are not cached between runs: each run measures the model afresh.
 */
import { Keyv } from 'keyv';
import { loadConfig } from '../src/config/config.js';
import { createLlmEngine } from '../src/llm/create-llm.js';
import { createLogger } from '../src/logger.js';
import { compare as compareSources } from '../src/service/library.js';
import type { SourceInput } from '../src/report/types.js';

const config = loadConfig({ ...process.env, LLM_USER_COOLDOWN_SECONDS: '0', LLM_DAILY_TOKENS_PER_GUILD: '0' });
const llm = createLlmEngine(config, { llm: new Keyv(), budget: new Keyv() }, createLogger('silent'));

/** Whether a model is configured at all. */
export const modelConfigured = llm !== undefined;

export function compare(inputs: SourceInput[]) {
  return compareSources(inputs, { llm, engine: 'llm', llmContext: { guildId: 'bench', userId: 'bench' } });
}
