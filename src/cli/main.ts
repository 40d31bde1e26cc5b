#!/usr/bin/env node
/**
 * `parallax compare <url|file>... [--json]` and `parallax summarize <url|file> [--json]`: the
 * comparison service's report, printed as Markdown or JSON. Files are read by the same loader as
 * attachments; links are fetched with the same guard as the bot. Ctrl-C stops the run. What is printed
 * has no control characters (a page cannot drive the terminal); errors are one line, never a stack trace.
 */
import { Keyv } from 'keyv';
import { ConfigError, fetchLimitsOf, loadConfig, loadDotEnv } from '../config/config.js';
import { UserError } from '../errors.js';
import { createLlmEngine } from '../llm/create-llm.js';
import { createLogger } from '../logger.js';
import { renderMarkdown, renderSummaryMarkdown } from '../report/markdown.js';
import { ComparisonService, type ServiceDeps } from '../service/comparison-service.js';
import { loaderFor } from '../service/library.js';
import type { LoadRequest } from '../sources/load-source.js';
import { WorkerPool } from '../workers/cpu.js';
import { parseSourceArgs, type SourceArg } from './source-args.js';
import { safeForTerminal } from './terminal.js';

const USAGE = `Usage:
  parallax compare <url|file> [--title T] [--date D] [--site S] <url|file>... [--json] [--offline]
  parallax summarize <url|file> [--json]
  parallax compare --help
With OPENAI_MODEL (and OPENAI_API_KEY or OPENAI_BASE_URL) set, compare uses the model; --offline does not.
Files: .html/.htm are extracted like web pages, .pdf through its text layer; anything else is read as text or Markdown.
--title, --date (e.g. 2026-03-04) and --site describe the file just before them, e.g. pasted text saved to a file.`;

async function main(argv: string[], signal: AbortSignal): Promise<void> {
  loadDotEnv();
  const config = loadConfig(process.env);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const json = argv.includes('--json');
  const offline = argv.includes('--offline');
  const [command, ...args] = argv.filter((a) => a !== '--json' && a !== '--offline');
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, 'stderr');
  // A configured model is used (with an in-memory cache and no budget); --offline skips it.
  const llm = offline ? undefined : createLlmEngine({ ...config, LLM_DAILY_TOKENS_PER_GUILD: 0, LLM_USER_COOLDOWN_SECONDS: 0 }, { llm: new Keyv(), budget: new Keyv() }, log);
  const limits = fetchLimitsOf(config);
  const loader = loaderFor({ allowHosts: config.FETCH_ALLOW_HOSTS, limits, localFiles: true });
  // Extraction and analysis run in one worker thread, as in the bot, so a hostile page or a huge text
  // is stopped by the pool's time and memory limits instead of hanging the terminal.
  const cpu = new WorkerPool(1, { maxQueue: 1_000 });
  try {
    await run(command, args, json, { loader, cpu, llm, log }, signal);
  } finally {
    await cpu.close();
  }
}

async function run(command: string | undefined, args: string[], json: boolean, deps: ServiceDeps, signal: AbortSignal): Promise<void> {
  const service = new ComparisonService(deps);
  // A file is read by the loader like any source, so one that cannot be read is listed with its reason
  // while the others are compared.
  const requestOf = (arg: string, meta: SourceArg['meta'] = {}): LoadRequest =>
    /^https?:\/\//i.test(arg) ? { url: arg } : Object.keys(meta).length ? { path: arg, meta } : { path: arg };
  const print = (text: string) => process.stdout.write(safeForTerminal(text));
  if (command === 'compare' && args.length > 0) {
    const sources = parseSourceArgs(args);
    const { report } = await service.compare(sources.map((s) => requestOf(s.input, s.meta)), { signal, labels: sources.map((s) => s.input) });
    print(json ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report));
  } else if (command === 'summarize' && args.length === 1) {
    const summary = await service.summarize(requestOf(args[0]!), { signal });
    print(json ? `${JSON.stringify(summary, null, 2)}\n` : renderSummaryMarkdown(summary));
  } else {
    console.error(USAGE);
    process.exitCode = 2;
  }
}

const interrupted = new AbortController();
process.once('SIGINT', () => interrupted.abort(new UserError('Stopped (Ctrl-C).')));
main(process.argv.slice(2), interrupted.signal).catch((err: unknown) => {
  const shown = err instanceof UserError || err instanceof ConfigError;
  const message = shown ? (err as Error).message : `parallax: an unexpected error stopped this run (${err instanceof Error ? err.message : String(err)}).`;
  console.error(safeForTerminal(message));
  // Interrupted: leave now, without waiting for fetches still open to time out.
  if (interrupted.signal.aborted) process.exit(130);
  process.exitCode = 1;
});
