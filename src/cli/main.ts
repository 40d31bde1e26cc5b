#!/usr/bin/env node
/**
 * `parallax compare <url|file>... [--json]` and `parallax summarize <url|file> [--json]`: the library's
 * report, printed as Markdown or JSON. Runs offline for files; links are fetched with the same guard.
 */
import { readFile } from 'node:fs/promises';
import { fetchLimitsOf, loadConfig, loadDotEnv } from '../config/config.js';
import { Keyv } from 'keyv';
import { UserError } from '../errors.js';
import { createLlmEngine } from '../llm/create-llm.js';
import { createLogger } from '../logger.js';
import { compareRequests, summarize } from '../pipeline.js';
import { renderMarkdown, renderSummaryMarkdown } from '../report/markdown.js';
import type { LoadRequest } from '../sources/load-source.js';
import { decodeBody } from '../sources/charset.js';
import { extractArticle } from '../sources/extract.js';
import { fileKind } from '../sources/load-source.js';
import { extractPdf } from '../sources/pdf.js';

const USAGE = `Usage:
  parallax compare <url|file> <url|file>... [--json] [--offline]
  parallax summarize <url|file> [--json]
With OPENAI_MODEL (and OPENAI_API_KEY or OPENAI_BASE_URL) set, compare uses the model; --offline does not.
Files: .html/.htm are extracted like web pages, .pdf through its text layer; anything else is read as text or Markdown.`;

async function toInput(arg: string): Promise<LoadRequest> {
  if (/^https?:\/\//i.test(arg)) return { url: arg };
  let bytes: Buffer;
  try {
    bytes = await readFile(arg);
  } catch {
    throw new UserError(`Cannot read ${arg}: no such file, and it is not an http(s) link.`);
  }
  const kind = fileKind(arg) ?? 'text';
  // Files are decoded like pages: a <meta charset> (or a byte-order mark) is honoured, else UTF-8.
  if (kind === 'html') return { article: extractArticle(decodeBody(bytes, 'text/html')) };
  if (kind === 'pdf') return { article: await extractPdf(bytes) };
  return { text: decodeBody(bytes, 'text/plain') };
}

async function main(argv: string[]): Promise<void> {
  loadDotEnv();
  const config = loadConfig(process.env);
  const json = argv.includes('--json');
  const offline = argv.includes('--offline');
  const [command, ...args] = argv.filter((a) => a !== '--json' && a !== '--offline');
  // A configured model is used (with an in-memory cache and no budget); --offline skips it.
  const llm = offline ? undefined : createLlmEngine({ ...config, LLM_DAILY_TOKENS_PER_GUILD: 0, LLM_USER_COOLDOWN_SECONDS: 0 }, { llm: new Keyv(), budget: new Keyv() }, createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, 'stderr'));
  const options = { allowHosts: config.FETCH_ALLOW_HOSTS, limits: fetchLimitsOf(config), llm };
  if (command === 'compare' && args.length > 0) {
    const report = await compareRequests(await Promise.all(args.map(toInput)), options);
    process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report));
  } else if (command === 'summarize' && args.length === 1) {
    const summary = await summarize(await toInput(args[0]!), options);
    process.stdout.write(json ? `${JSON.stringify(summary, null, 2)}\n` : renderSummaryMarkdown(summary));
  } else {
    console.error(USAGE);
    process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error && (err instanceof UserError || err.name === 'ConfigError') ? err.message : `parallax: ${String((err as Error)?.stack ?? err)}`);
  process.exitCode = 1;
});
