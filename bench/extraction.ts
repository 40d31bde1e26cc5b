/**
 * `npm run bench:extract`: Parallax's extractor against plain Readability.js on jsdom (the baseline),
 * in the same run, on ../shared/bench/extraction (111 pages with hand-made ground truth): precision,
 * recall and F1 with the benchmark's metric, pages per second and peak memory. Each extractor runs in
 * its own child process so that its memory is its own. `--min-f1 X` fails the run below X;
 * `--quality` scores Parallax alone in one round (what CI runs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { aggregate, scorePage } from './extraction-metric.js';

const DATA = new URL('../../../shared/bench/extraction/', import.meta.url);
const QUALITY_ONLY = process.argv.includes('--quality');
const ROUNDS = QUALITY_ONLY ? 1 : 3;

interface ChildResult {
  texts: Record<string, string>;
  ms: number;
  maxRssMb: number;
}

function loadPages(): Array<{ id: string; url: string; html: string }> {
  const truth = JSON.parse(readFileSync(new URL('ground-truth.json', DATA), 'utf8')) as Record<string, { url: string }>;
  return readdirSync(new URL('html/', DATA))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.replace('.html.gz', '');
      return { id, url: truth[id]?.url ?? '', html: gunzipSync(readFileSync(new URL(`html/${f}`, DATA))).toString('utf8') };
    });
}

async function runChild(which: string): Promise<void> {
  const pages = loadPages();
  const extract = await extractorFor(which);
  const texts: Record<string, string> = {};
  if (!QUALITY_ONLY) for (const p of pages.slice(0, 5)) extract(p.html, p.url); // warm-up: JIT
  const t = performance.now();
  for (let r = 0; r < ROUNDS; r++) for (const p of pages) texts[p.id] = extract(p.html, p.url);
  const ms = (performance.now() - t) / ROUNDS;
  const result: ChildResult = { texts, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(result));
}

async function extractorFor(which: string): Promise<(html: string, url: string) => string> {
  if (which === 'baseline') {
    const { JSDOM } = await import('jsdom');
    const { Readability } = await import('@mozilla/readability');
    const { VirtualConsole } = await import('jsdom');
    return (html, url) => {
      // A silent console: jsdom otherwise prints every stylesheet it cannot parse.
      const dom = new JSDOM(html, { url: url || undefined, virtualConsole: new VirtualConsole() });
      const text = new Readability(dom.window.document).parse()?.textContent ?? '';
      dom.window.close();
      return text;
    };
  }
  const { extractArticle } = await import('../src/sources/extract.js');
  return (html, url) => extractArticle(html, { url }).text;
}

function main(): void {
  if (!existsSync(DATA)) {
    console.log('../shared/bench/extraction is not here; nothing to measure.');
    return;
  }
  const pages = loadPages();
  const truth = JSON.parse(readFileSync(new URL('ground-truth.json', DATA), 'utf8')) as Record<string, { articleBody: string }>;
  const self = fileURLToPath(import.meta.url);
  const rows: Array<{ name: string; precision: number; recall: number; f1: number; pps: number; rss: number }> = [];
  const extractors = QUALITY_ONLY ? ([['Parallax', 'parallax']] as const) : ([['Readability.js on jsdom (baseline)', 'baseline'], ['Parallax', 'parallax']] as const);
  for (const [name, key] of extractors) {
    const args = [self, '--child', key, ...(QUALITY_ONLY ? ['--quality'] : [])];
    const out = execFileSync(process.execPath, args, { maxBuffer: 512 * 1024 * 1024 }).toString();
    const child = JSON.parse(out) as ChildResult;
    const scores = pages.map((p) => scorePage(truth[p.id]?.articleBody ?? '', child.texts[p.id] ?? ''));
    rows.push({ name, ...aggregate(scores), pps: (pages.length / child.ms) * 1000, rss: child.maxRssMb });
  }
  const ours = rows.at(-1)!;
  const base = rows.length > 1 ? rows[0]! : undefined;
  console.log(`Article extraction, ${pages.length} pages of ../shared/bench/extraction (mean of ${ROUNDS} timed rounds):`);
  console.log('extractor                              precision  recall   F1      pages/s   peak RSS');
  for (const r of rows) {
    console.log(`${r.name.padEnd(38)} ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}  ${r.f1.toFixed(3).padStart(6)}  ${r.pps.toFixed(1).padStart(8)}  ${r.rss.toFixed(0).padStart(6)} MB`);
  }
  if (base) console.log(`Parallax vs baseline: F1 ${(ours.f1 - base.f1 >= 0 ? '+' : '')}${(ours.f1 - base.f1).toFixed(3)}, speed ${(ours.pps / base.pps).toFixed(2)}×`);
  const minArg = process.argv.indexOf('--min-f1');
  if (minArg > 0 && ours.f1 < Number(process.argv[minArg + 1])) {
    console.error(`F1 ${ours.f1.toFixed(3)} is below the required ${process.argv[minArg + 1]}.`);
    process.exitCode = 1;
  }
}

if (process.argv[2] === '--child') await runChild(process.argv[3]!);
else main();
