/**
 * One burst of bench:load, run where the fake Discord is (its own process, or the bench's with
 * --in-process): n /compare spread evenly over one second in 10 ms ticks, then a bounded wait for the
 * reports and their threads. Every time is taken here, from the moment the fake sends an interaction
 * to the moment it receives the callback (or the report).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FakeDiscord, FakeInteraction } from '../test/fakes/fake-discord.js';

const STRING = 3;

/** What one burst measured. */
export interface BurstResult {
  /** Milliseconds from sending each interaction to its first callback (acknowledged ones). */
  acks: number[];
  /** Milliseconds from sending each interaction to the first edit of its reply with embeds. */
  reports: number[];
  busy: number;
  /** Interactions with no callback at all. */
  missing: string[];
  threads: number;
  /** REST requests the client rate-limits (all but interaction callbacks), and all of them. */
  limited: number;
  all: number;
  /** The worst event-loop delay where the fake runs, during the burst. */
  lagMs: number;
}

export async function sendBurst(discord: FakeDiscord, n: number, sources: string, waitMs: number): Promise<BurstResult> {
  const requestsBefore = countRequests(discord);
  const threadsBefore = discord.threads.size;
  const sent: Array<{ at: number; run: FakeInteraction }> = [];
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const started = Date.now();
  for (let tick = 0; tick < 100; tick++) {
    const due = Math.round(((tick + 1) * n) / 100) - sent.length;
    for (let i = 0; i < due; i++) sent.push({ at: Date.now(), run: discord.runCommand('compare', [{ name: 'sources', type: STRING, value: sources }]) });
    await sleep(Math.max(0, started + (tick + 1) * 10 - Date.now()));
  }
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline && sent.some((s) => s.run.reportedAt === undefined)) await sleep(250);
  // Threads follow their report; give the last ones a moment (bounded) before counting.
  const threadDeadline = Date.now() + 60_000;
  while (Date.now() < threadDeadline && discord.threads.size - threadsBefore < sent.filter((s) => s.run.reportedAt).length) await sleep(250);
  lag.disable();
  const requests = countRequests(discord);
  return {
    acks: sent.filter((s) => s.run.ackedAt).map((s) => s.run.ackedAt! - s.at),
    reports: sent.filter((s) => s.run.reportedAt).map((s) => s.run.reportedAt! - s.at),
    busy: sent.filter((s) => /busy/.test(String(s.run.callbacks[0]?.data?.content ?? ''))).length,
    missing: sent.filter((s) => s.run.callbacks.length === 0).map((s) => s.run.id),
    threads: discord.threads.size - threadsBefore,
    limited: requests.limited - requestsBefore.limited,
    all: requests.all - requestsBefore.all,
    lagMs: lag.max / 1e6,
  };
}

function countRequests(discord: FakeDiscord): { all: number; limited: number } {
  let all = 0;
  let limited = 0;
  for (const [route, count] of discord.requestCounts) {
    all += count;
    if (!/^POST interactions\/\*\/\*\/callback$/.test(route)) limited += count;
  }
  return { all, limited };
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
