#!/usr/bin/env node
/**
 * `parallax compare <url|file>... [--json]` and `parallax summarize <url|file> [--json]`: the
 * comparison service's report, printed as Markdown or JSON. Runs offline for files; links are fetched
 * with the same guard as the bot. Ctrl-C stops the run; errors are one line, never a stack trace.
 */
import { Keyv } from 'keyv';
import { ConfigError, loadConfig, loadDotEnv } from '../config/config.js';
import { UserError } from '../errors.js';
import { createLlmEngine } from '../llm/create-llm.js';
import { createLogger } from '../logger.js';
import { renderMarkdown, renderSummaryMarkdown } from '../report/markdown.js';
import { ComparisonService } from '../service/comparison-service.js';
import { loaderFor } from '../service/library.js';
import { inlineCpu } from '../workers/cpu.js';
import { fetchLimitsOf } from '../config/config.js';
import { requestOf } from './local-input.js';

const USAGE = `Usage:
  parallax compare <url|file> <url|file>... [--json] [--offline]
  parallax summarize <url|file> [--json]
With OPENAI_MODEL (and OPENAI_API_KEY or OPENAI_BASE_URL) set, compare uses the model; --offline does not.
Files: .html/.htm are extracted like web pages, .pdf through its text layer; anything else is read as text or Markdown.`;

async function main(argv: string[], signal: AbortSignal): Promise<void> {
  loadDotEnv();
  const config = loadConfig(process.env);
  const json = argv.includes('--json');
  const offline = argv.includes('--offline');
  const [command, ...args] = argv.filter((a) => a !== '--json' && a !== '--offline');
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, 'stderr');
  // A configured model is used (with an in-memory cache and no budget); --offline skips it.
  const llm = offline ? undefined : createLlmEngine({ ...config, LLM_DAILY_TOKENS_PER_GUILD: 0, LLM_USER_COOLDOWN_SECONDS: 0 }, { llm: new Keyv(), budget: new Keyv() }, log);
  const loader = loaderFor({ allowHosts: config.FETCH_ALLOW_HOSTS, limits: fetchLimitsOf(config) });
  const service = new ComparisonService({ loader, cpu: inlineCpu, llm, log });
  if (command === 'compare' && args.length > 0) {
    const { report } = await service.compare(await Promise.all(args.map(requestOf)), { signal, labels: args });
    process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report));
  } else if (command === 'summarize' && args.length === 1) {
    const summary = await service.summarize(await requestOf(args[0]!), { signal });
    process.stdout.write(json ? `${JSON.stringify(summary, null, 2)}\n` : renderSummaryMarkdown(summary));
  } else {
    console.error(USAGE);
    process.exitCode = 2;
  }
}

const interrupted = new AbortController();
process.once('SIGINT', () => interrupted.abort(new UserError('Stopped (Ctrl-C).')));
main(process.argv.slice(2), interrupted.signal).catch((err: unknown) => {
  const shown = err instanceof UserError || err instanceof ConfigError;
  console.error(shown ? (err as Error).message : `parallax: an unexpected error stopped this run (${err instanceof Error ? err.message : String(err)}).`);
  process.exitCode = interrupted.signal.aborted ? 130 : 1;
});
