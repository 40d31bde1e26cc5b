import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord } from './fakes/fake-discord.js';
import { botEnv, OpsBot, ROOT } from './helpers/ops-bot.js';
import { freePort } from './helpers/redis-server.js';

/** The final stage of the Dockerfile: its ENV, CMD and HEALTHCHECK, as the image would run them. */
function image() {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, ' ');
  const final = text.slice(text.lastIndexOf('\nFROM '));
  const env = Object.fromEntries([...final.matchAll(/^ENV (.+)$/gm)].flatMap((m) => [...m[1]!.matchAll(/(\w+)=(\S+)/g)].map((e) => [e[1]!, e[2]!])));
  const exec = (line: string) => JSON.parse(/(\[.*\])\s*$/.exec(line)![1]!) as string[];
  return {
    from: /^FROM (\S+)/m.exec(final)![1],
    user: /^USER (\S+)/m.exec(final)?.[1],
    volume: /^VOLUME (\S+)/m.exec(final)?.[1],
    env,
    cmd: exec(/^CMD .+$/m.exec(final)![0]),
    healthcheck: exec(/^HEALTHCHECK .+$/m.exec(final)![0]),
  };
}

// No container engine runs on these machines: the image's commands are run as processes instead.
describe('GIVEN the Dockerfile', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  const spec = image();
  let bot: OpsBot;
  let env: Record<string, string>;
  const healthcheck = () =>
    new Promise<{ code: number; stderr: string }>((resolve) => {
      const [cmd, ...args] = spec.healthcheck;
      execFile(cmd === 'node' ? process.execPath : cmd!, args, { cwd: ROOT, env, timeout: 10_000 }, (err, _out, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stderr }));
    });

  beforeAll(async () => {
    await Promise.all([discord.start(), web.start()]);
    // The image's settings, except the data volume (a directory here) and a free port.
    env = { ...spec.env, ...botEnv(discord, web.host), STORE_URL: `sqlite://${join(mkdtempSync(join(tmpdir(), 'parallax-data-')), 'parallax.sqlite')}`, HTTP_PORT: String(await freePort()) };
  });
  afterAll(async () => {
    await bot?.stop();
    await Promise.all([discord.stop(), web.stop()]);
  });

  it('THEN it is Node 22 slim, runs as a non-root user, keeps its data in a volume and serves health on 0.0.0.0', () => {
    expect(spec.from).toBe('node:22-slim');
    expect(spec.user).toBe('node');
    expect(spec.volume).toBe('/data');
    expect(spec.env).toMatchObject({ STORE_URL: 'sqlite:///data/parallax.sqlite', HTTP_HOST: '0.0.0.0', HTTP_PORT: '8080' });
  });

  it('WHEN its CMD runs THEN its HEALTHCHECK passes; WHEN the bot stops on SIGTERM THEN it exits 0 and the check fails', async () => {
    const [cmd, ...args] = spec.cmd;
    bot = new OpsBot(cmd === 'node' ? process.execPath : cmd!, args, env, ROOT);
    await discord.waitFor(() => /health and metrics/.test(bot.output), 'the bot serving /healthz', 30_000);
    expect(await healthcheck()).toEqual({ code: 0, stderr: '' });
    bot.child.kill('SIGTERM');
    expect((await bot.exited(15_000)).code).toBe(0);
    const after = await healthcheck();
    expect(after.code).toBe(1);
    expect(after.stderr).toMatch(/health check failed/);
  }, 40_000);
});
