/**
 * `npm run bench:llm`: the model engine on the five seed articles against the scripted fake
 * OpenAI-compatible server from the tests (real openai SDK over HTTP on 127.0.0.1): calls and tokens per
 * comparison, what was dropped, and a second identical run, which must make no call.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Keyv } from 'keyv';
import { loadConfig } from '../src/config/config.js';
import { createLlmEngine } from '../src/llm/create-llm.js';
import { createLogger } from '../src/logger.js';
import { compare } from '../src/index.js';
import { FakeOpenAI } from '../test/fakes/fake-openai.js';
import { wellBehaved } from '../test/helpers/scripted-model.js';

const SEEDS = new URL('../../../shared/fixtures/seeds/', import.meta.url);
if (!existsSync(SEEDS)) {
  console.log('../shared/fixtures/seeds is not here; nothing to measure.');
  process.exit(0);
}
const inputs = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ text: readFileSync(new URL(f, SEEDS), 'utf8') }));

const server = new FakeOpenAI();
await server.start();
server.script = wellBehaved;
const llm = createLlmEngine(loadConfig({ OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: 'scripted-model', LLM_USER_COOLDOWN_SECONDS: '0' }), { llm: new Keyv(), budget: new Keyv() }, createLogger('silent'));

for (const label of ['first run', 'second, identical run']) {
  const before = server.requests.length;
  const t = performance.now();
  const report = await compare(inputs, { llm, llmContext: { guildId: 'bench', userId: 'bench' } });
  const e = report.engine;
  console.log(
    `${label.padEnd(22)} engine ${e.name}, HTTP requests ${server.requests.length - before}, calls ${e.calls}, prompt tokens ${e.promptTokens}, ` +
      `completion tokens ${e.completionTokens}, cached ${e.name === 'llm' && e.cached}, dropped ${e.name === 'llm' ? JSON.stringify(e.dropped) : '-'}, ${(performance.now() - t).toFixed(0)} ms`,
  );
  if (label === 'first run') {
    console.log(`  sources sent to the model: ${report.sources.filter((s) => s.sameEvent).map((s) => s.id).join(', ')} (${report.sources.filter((s) => !s.sameEvent).map((s) => s.id).join(', ')} is another event: offline decision kept)`);
    console.log(`  discrepancies: ${report.discrepancies.map((d) => d.kind).join(', ')}`);
  }
}
await server.stop();
