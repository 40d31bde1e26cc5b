/**
 * `npm run bench:load`: bursts of /compare through the fake Discord's gateway into the built bot (a
 * child process, as in production, SQLite store), each burst sent within one second: acknowledgement
 * and report times (p50/p99 from the command's dispatch), threads made, REST requests per comparison
 * (those the client rate-limits, i.e. all but interaction callbacks), the bot's peak RSS and its
 * worst event-loop lag (from its own /metrics), and the commands lost (neither acknowledged nor
 * answered busy), each printed with what the bot logged about it. The fake Discord runs in a process of
 * its own (bench/fake-discord-child.ts), as a real Discord does not share the bot's CPU: interactions
 * are sent and their callbacks timed there. The article server runs in this process; the worst
 * event-loop lag of both is printed, so a slow harness cannot pass for a slow bot. `--in-process` runs
 * the fake in this process instead, as the bench did before (to compare the two). `npx tsx bench/load.ts 100 1000` picks the sizes; `--wait S` bounds the wait for
 * reports per burst (default 90 s); `--entry path/to/main.js` measures another build (one without
 * /metrics shows no event-loop lag); `--env NAME=value` (repeatable) sets a bot setting;
 * `--profile DIR` writes the bot's CPU profile there (node --cpu-prof) when it stops.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ArticleServer } from '../test/fakes/article-server.js';
import { FakeDiscord } from '../test/fakes/fake-discord.js';
import { sendBurst } from './burst.js';
import { RemoteDiscord } from './remote-discord.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const waitMs = Number(option('--wait') ?? 90) * 1000;
const profileDir = option('--profile');
const inProcessAt = args.indexOf('--in-process');
const inProcess = inProcessAt >= 0 && Boolean(args.splice(inProcessAt, 1));
const extraEnv: Record<string, string> = {};
for (let setting = option('--env'); setting !== undefined; setting = option('--env')) {
  const at = setting.indexOf('=');
  extraEnv[setting.slice(0, at)] = setting.slice(at + 1);
}
// Run from the TypeScript source (tsx), so the article server finds its fixtures; the bot is the built
// one, or another build given with --entry (to measure an older commit against the same harness).
const ENTRY = option('--entry') ?? fileURLToPath(new URL('../dist/src/main.js', import.meta.url));
const sizes = args.length ? args.map(Number) : [100, 1000, 5000];

const discord = inProcess ? new FakeDiscord() : undefined;
const remote = inProcess ? undefined : new RemoteDiscord();
const fake = (discord ?? remote)!;
const web = new ArticleServer();
await Promise.all([fake.start(), web.start()]);
const store = join(mkdtempSync(join(tmpdir(), 'parallax-load-')), 'store.sqlite');
const bot = spawn(process.execPath, [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ENTRY], {
  env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, STORE_URL: `sqlite://${store}`, FETCH_ALLOW_HOSTS: web.host, HTTP_PORT: '0', LOG_LEVEL: 'info',
    // Every command of the fake comes from one person in one server; a burst stands for many people.
    MAX_RUNNING_PER_GUILD: '100000', MAX_RUNNING_PER_USER: '100000', ...extraEnv },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
bot.stdout.on('data', (d: Buffer) => (output += d.toString()));
bot.stderr.on('data', (d: Buffer) => (output += d.toString()));
for (const deadline = Date.now() + 60_000; !/Parallax is online/.test(output); await new Promise((r) => setTimeout(r, 100))) {
  if (Date.now() > deadline || bot.exitCode !== null) throw new Error(`the bot did not come online:\n${output}`);
}
const port = /"port":(\d+)[^\n]*health and metrics/.exec(output)?.[1];
const metricsUrl = port ? `http://127.0.0.1:${port}/metrics` : undefined;

const sources = ['herald-bridge.html', 'tribune-bridge.html'].map((f) => web.url(`/articles/${f}`)).join('\n');
const rows: string[][] = [];
const lost: Array<{ n: number; ids: string[] }> = [];
for (const n of sizes) rows.push(await burst(n));
console.log('| /compare in 1 s | reported | busy | lost | acks > 3 s | ack p50 | ack p99 | ack max | report p50 | report p99 | threads | rate-limited requests / comparison | all requests / comparison | peak RSS | worst event-loop lag | harness lag (fake Discord / bench) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
// Each lost command (no callback at all, not even "busy"), with every line the bot logged about it.
for (const { n, ids } of lost) {
  console.log(`\nlost in the burst of ${n}: ${ids.length}`);
  for (const id of ids.slice(0, 20)) {
    const said = output.split('\n').filter((line) => line.includes(id));
    console.log(`  ${id}: ${said.length ? said.map((l) => l.slice(0, 300)).join('\n    ') : 'nothing in the bot\'s log'}`);
  }
}
// What went wrong, if anything: the bot's exit, reconnections, and its warnings by message.
const warnings = new Map<string, number>();
for (const line of output.split('\n')) {
  const m = /"level":(\d+).*"msg":"([^"]*)"/.exec(line);
  if (m && Number(m[1]) >= 40) warnings.set(m[2]!, (warnings.get(m[2]!) ?? 0) + 1);
}
const commands = metricsUrl ? [...(await (await fetch(metricsUrl)).text()).matchAll(/^parallax_commands_total\{command="(\w+)",outcome="(\w+)"\} (\d+)/gm)].map((m) => `${m[1]} ${m[2]}: ${m[3]}`) : [];
console.log(`\nbot's own count of commands: ${commands.join(', ')}`);
const gateway = discord ? { identifies: discord.identifies.length, resumes: discord.resumes } : await remote!.stats();
console.log(`bot ${bot.exitCode === null ? 'still running' : `exited (${bot.exitCode})`}; gateway identifies: ${gateway.identifies}, resumes: ${gateway.resumes}; warnings: ${JSON.stringify(Object.fromEntries(warnings))}`);
bot.kill('SIGTERM');
await new Promise((r) => bot.once('exit', r));
await Promise.all([fake.stop(), web.stop()]);

async function burst(n: number): Promise<string[]> {
  let rss = 0;
  let lag = 0;
  const harness = monitorEventLoopDelay({ resolution: 10 });
  harness.enable();
  let ticks = 0;
  const sampler = setInterval(() => {
    rss = Math.max(rss, rssOf(bot.pid!));
    // /metrics once a second (its worst lag is since the last scrape): four a second cost the bot ~3% in a burst.
    if (metricsUrl && ticks++ % 4 === 0) void fetch(metricsUrl).then((r) => r.text()).then((t) => (lag = Math.max(lag, Number(/^nodejs_eventloop_lag_max_seconds (\S+)/m.exec(t)?.[1] ?? 0))), () => undefined);
  }, 250);
  const r = discord ? await sendBurst(discord, n, sources, waitMs) : await remote!.burst(n, sources, waitMs);
  clearInterval(sampler);
  harness.disable();
  if (r.missing.length) lost.push({ n, ids: r.missing });
  return [
    String(n),
    `${r.reports.length}/${n}`,
    String(r.busy),
    String(r.missing.length),
    // Discord refuses an acknowledgement after 3 s (the user sees "The application did not respond"); the fake takes it.
    String(r.acks.filter((ms) => ms > 3_000).length),
    seconds(pct(r.acks, 50)),
    seconds(pct(r.acks, 99)),
    seconds(Math.max(0, ...r.acks)),
    seconds(pct(r.reports, 50)),
    seconds(pct(r.reports, 99)),
    String(r.threads),
    (r.limited / n).toFixed(2),
    (r.all / n).toFixed(2),
    `${Math.round(rss / 1024)} MB`,
    metricsUrl ? `${Math.round(lag * 1000)} ms` : '—',
    // The fake Discord's own lag (in this process with --in-process), then this process's (article server, samplers).
    discord ? `${Math.round(harness.max / 1e6)} ms` : `${Math.round(r.lagMs)} ms / ${Math.round(harness.max / 1e6)} ms`,
  ];
}

function pct(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function seconds(ms: number): string {
  return Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(2)} s`;
}

/** Resident memory of a process in KiB (Linux). */
function rssOf(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
