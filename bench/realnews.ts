/**
 * `npm run bench:realnews [-- --verbose] [--gate P,R]`: the shared editor's gold list of differences
 * between real three-outlet reports (../shared/bench/realnews), scored by its own script, on all 40
 * events, on the tuning half T (even positions of the sorted file list) and on the held-out half H (odd
 * positions). With a model configured, the model engine is scored the same way, through compare().
 * `--gate P,R` exits 1 when precision or recall on all events is below P% or R%, or a quote is not verbatim.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, '../shared/bench/realnews');
const SCORE = join(DATA, 'score.mjs');
if (!existsSync(SCORE)) {
  console.log('../shared/bench/realnews is not here; nothing to measure.');
  process.exit(0);
}

const argv = process.argv.slice(2);
const gateAt = argv.indexOf('--gate');
const gate = gateAt >= 0 ? argv[gateAt + 1]!.split(',').map(Number) : undefined;
const verbose = argv.includes('--verbose');

const files = readdirSync(DATA).filter((f) => /^\d+\.json$/.test(f)).sort();
const halves: Record<string, string[]> = { all: files, T: files.filter((_, i) => i % 2 === 0), H: files.filter((_, i) => i % 2 === 1) };

interface Figures {
  precision: number;
  recall: number;
  lead: number;
  unverified: number;
  lines: string[];
}

/** Runs the shared script on the given files (linked into a folder of their own) against `project`. */
function score(project: string, names: string[]): Figures {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-realnews-'));
  try {
    for (const f of names) symlinkSync(join(DATA, f), join(dir, f));
    const out = execFileSync(process.execPath, [SCORE, project, dir, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const lines = out.trim().split('\n');
    const last = lines[lines.length - 1]!;
    const pct = (label: string) => Number(new RegExp(`${label} ([\\d.]+)%`).exec(last)?.[1] ?? NaN);
    return { precision: pct('precision'), recall: pct('recall'), lead: pct('lead precision'), unverified: Number(/unverified quotes (\d+)/.exec(out)?.[1] ?? 0), lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A project folder whose package exports the model engine's compare(), for the shared script to import. */
function modelProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-realnews-model-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', exports: { '.': './compare.mjs' } }));
  writeFileSync(join(dir, 'compare.mjs'), `export { compare } from ${JSON.stringify(new URL('./realnews-model.js', import.meta.url).href)};\n`);
  return dir;
}

function report(engine: string, project: string): Figures {
  let whole: Figures | undefined;
  for (const [half, names] of Object.entries(halves)) {
    const f = score(project, names);
    console.log(`\n== ${engine}, ${half === 'all' ? `all ${names.length} events` : `half ${half} (${names.length} events)`}`);
    console.log(f.lines.join('\n'));
    whole ??= f;
  }
  return whole!;
}

const offline = report('offline engine', ROOT);
let failed = false;
const check = (engine: string, f: Figures) => {
  if (!gate) return;
  const ok = f.precision >= gate[0]! && f.recall >= gate[1]! && f.unverified === 0;
  console.log(`${engine}: gate precision >= ${gate[0]}%, recall >= ${gate[1]}%: ${ok ? 'passed' : 'FAILED'}`);
  failed ||= !ok;
};
check('offline engine', offline);

const { modelConfigured } = await import('./realnews-model.js');
if (modelConfigured) {
  const dir = modelProject();
  try {
    check('model engine', report(`model engine (${process.env.OPENAI_MODEL})`, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else console.log('\nNo model configured (OPENAI_MODEL with OPENAI_API_KEY or OPENAI_BASE_URL): the model engine was not measured.');
process.exit(failed ? 1 : 0);
