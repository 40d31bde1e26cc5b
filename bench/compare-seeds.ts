/**
 * `npm run bench:compare`: how long compare() takes on the five seed articles, and how free the event
 * loop stays while many comparisons run — inline (the baseline) against the worker pool, same run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { compare } from '../src/index.js';
import type { SourceInput } from '../src/report/types.js';
import { inlineCpu, WorkerPool, type Cpu } from '../src/workers/cpu.js';

const SEEDS = new URL('../../../shared/fixtures/seeds/', import.meta.url);
if (!existsSync(SEEDS)) {
  console.log('../shared/fixtures/seeds is not here; nothing to measure.');
  process.exit(0);
}
const inputs: SourceInput[] = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ text: readFileSync(new URL(f, SEEDS), 'utf8') }));

async function timeCompare(cpu: Cpu, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await compare(inputs, { cpu });
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

/**
 * Runs `concurrent` comparisons at once while a 5 ms timer probes the loop: how late each tick fires
 * is how long a gateway heartbeat or an interaction acknowledgement would have waited.
 */
async function loopDelayUnderLoad(cpu: Cpu, concurrent: number): Promise<{ p99: number; max: number; wall: number }> {
  const lateness: number[] = [];
  let expected = performance.now() + 5;
  const probe = setInterval(() => {
    const now = performance.now();
    lateness.push(Math.max(0, now - expected));
    expected = now + 5;
  }, 5);
  const t = performance.now();
  await Promise.all(Array.from({ length: concurrent }, () => compare(inputs, { cpu })));
  const wall = performance.now() - t;
  await new Promise((r) => setTimeout(r, 20)); // let the probe record the tick the work delayed
  clearInterval(probe);
  lateness.sort((x, y) => x - y);
  return { p99: lateness[Math.floor(lateness.length * 0.99)] ?? 0, max: lateness.at(-1) ?? 0, wall };
}

const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
const pool = new WorkerPool();
await timeCompare(inlineCpu, 3); // warm-up: JIT
await timeCompare(pool, 3);

const inline = await timeCompare(inlineCpu, 20);
const pooled = await timeCompare(pool, 20);
console.log(`compare() on the 5 seed articles (${inputs.length} sources), 20 runs each:`);
console.log(`  inline (baseline)   median ${median(inline).toFixed(1)} ms   min ${inline[0]!.toFixed(1)} ms   max ${inline.at(-1)!.toFixed(1)} ms`);
console.log(`  worker pool (${pool.size})     median ${median(pooled).toFixed(1)} ms   min ${pooled[0]!.toFixed(1)} ms   max ${pooled.at(-1)!.toFixed(1)} ms   (${(median(pooled) / median(inline)).toFixed(2)}× the baseline: message passing)`);

const a = await loopDelayUnderLoad(inlineCpu, 20);
const b = await loopDelayUnderLoad(pool, 20);
console.log('Event-loop delay while 20 comparisons run at once (what a gateway ack would wait):');
console.log(`  inline (baseline)   p99 ${a.p99.toFixed(1)} ms   max ${a.max.toFixed(1)} ms   wall ${a.wall.toFixed(0)} ms`);
console.log(`  worker pool         p99 ${b.p99.toFixed(1)} ms   max ${b.max.toFixed(1)} ms   wall ${b.wall.toFixed(0)} ms   (worst delay ${(b.max / a.max).toFixed(3)}× the baseline)`);
await pool.close();
