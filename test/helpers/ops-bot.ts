import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeDiscord } from '../fakes/fake-discord.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// PARALLAX_ENTRY runs these tests against another build (e.g. an older commit's, to measure before/after).
export const ENTRY = process.env.PARALLAX_ENTRY ?? join(ROOT, 'dist/src/main.js');

/**
 * A bot process for the operations tests: started with any command line (`node dist/src/main.js`
 * as the Dockerfile does, or `npm start`), signalled, killed, and waited for.
 */
export class OpsBot {
  readonly child: ChildProcess;
  output = '';
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(command: string, args: string[], env: Record<string, string>, cwd = mkdtempSync(join(tmpdir(), 'parallax-ops-'))) {
    this.child = spawn(command, args, { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exit = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** The exit, or a failure after `ms` (the process is then killed so nothing is left behind). */
  async exited(ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => (this.child.kill('SIGKILL'), reject(new Error(`no exit within ${ms} ms:\n${this.output}`))), ms)));
    try {
      return await Promise.race([this.exit, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Log lines (JSON) whose message matches. */
  logs(pattern: RegExp): Array<Record<string, unknown>> {
    return this.output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => pattern.test(String(l.msg)));
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGKILL');
      await this.exit;
    }
  }
}

/** The settings every operations test starts the bot with, against the fake Discord and the local article server. */
export function botEnv(discord: FakeDiscord, webHost: string, extra: Record<string, string> = {}): Record<string, string> {
  return { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, STORE_URL: 'memory:', FETCH_ALLOW_HOSTS: webHost, ANALYSIS_WORKERS: '1', ...extra };
}

/** Starts `node dist/src/main.js` and waits until it is connected and has checked its commands. */
export async function startNodeBot(discord: FakeDiscord, env: Record<string, string>, cwd?: string): Promise<OpsBot> {
  const bot = new OpsBot(process.execPath, [ENTRY], env, cwd);
  await discord.waitFor(() => /Parallax is online/.test(bot.output) || bot.child.exitCode !== null, 'the bot online', 30_000);
  if (bot.child.exitCode !== null) throw new Error(`the bot exited:\n${bot.output}`);
  return bot;
}
