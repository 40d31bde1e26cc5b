import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleServer } from '../fakes/article-server.js';
import type { FakeDiscord } from '../fakes/fake-discord.js';

const ENTRY = fileURLToPath(new URL('../../dist/src/main.js', import.meta.url));

/** The bot as production starts it (`node dist/src/main.js`), with its output kept for assertions. */
export class BotProcess {
  private child?: ChildProcess;
  output = '';

  constructor(private readonly env: Record<string, string>, private readonly cwd: string) {}

  start(): void {
    this.output = '';
    this.child = spawn(process.execPath, [ENTRY], {
      cwd: this.cwd,
      env: { PATH: process.env.PATH ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
  }

  async stop(): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }
}

/**
 * Starts the built bot against the fake Discord, allowed to read the local article server, in a fresh
 * working directory (so no .env of the repo is read), and waits until it has registered its commands.
 */
export async function startBot(discord: FakeDiscord, web: ArticleServer, env: Record<string, string> = {}): Promise<{ bot: BotProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
  const bot = new BotProcess(
    { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, STORE_URL: 'memory:', FETCH_ALLOW_HOSTS: web.host, ...env },
    dir,
  );
  bot.start();
  await discord.waitFor(() => discord.commandPuts.length > 0, 'command registration', 30_000);
  return { bot, dir };
}
