import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord } from './fakes/fake-discord.js';
import { ROOT } from './helpers/ops-bot.js';
import { freePort } from './helpers/redis-server.js';

const run = promisify(execFile);
const STRING = 3;

/**
 * The container engine to build with: podman or docker, when one is installed and PARALLAX_IMAGE_TEST
 * is set (building the image takes minutes: `npm run test:image`). CONTAINER_RUNTIME picks the OCI
 * runtime (e.g. runc where crun cannot set up cgroups v1).
 */
function engine(): { bin: string; prefix: string[] } | undefined {
  if (!process.env.PARALLAX_IMAGE_TEST) return undefined;
  for (const bin of [process.env.CONTAINER_ENGINE, 'podman', 'docker']) {
    if (!bin) continue;
    try {
      execFileSync(bin, ['--version'], { stdio: 'ignore' });
      return { bin, prefix: process.env.CONTAINER_RUNTIME && bin.endsWith('podman') ? ['--runtime', process.env.CONTAINER_RUNTIME] : [] };
    } catch {
      // not installed: try the next one
    }
  }
  return undefined;
}

const found = engine();

/** Whether `check` succeeds within `ms`, tried once a second. */
async function passes(check: () => Promise<unknown>, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 1_000))) {
    if (await check().then(() => true, () => false)) return true;
  }
  return false;
}
const TAG = 'parallax:image-test';

// The Dockerfile built and run as an operator would: a real image, its non-root user, its health check,
// a comparison through the fake Discord, and `stop` draining it. Where no engine runs, test/ops-docker.test.ts
// runs the image's commands as processes instead.
describe.skipIf(!found)('GIVEN the image built from the Dockerfile', () => {
  const { bin, prefix } = found ?? { bin: '', prefix: [] };
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  const name = `parallax-test-${process.pid}`;
  const container = (...args: string[]) => run(bin, [...prefix, ...args], { timeout: 120_000 });
  let port = 0;

  beforeAll(async () => {
    // Docker's image format: OCI images carry no HEALTHCHECK.
    const format = bin.endsWith('podman') ? ['--format', 'docker'] : [];
    await run(bin, [...prefix, 'build', ...format, '--network', 'host', '-t', TAG, '.'], { cwd: ROOT, timeout: 900_000, maxBuffer: 64 * 1024 * 1024 });
    await Promise.all([discord.start(), web.start()]);
    port = await freePort();
    const data = mkdtempSync(join(tmpdir(), 'parallax-volume-'));
    chmodSync(data, 0o777);
    // Host networking: the fake Discord and the article server listen on the host's 127.0.0.1.
    await container('run', '-d', '--name', name, '--network', 'host', '-v', `${data}:/data`,
      '-e', `DISCORD_TOKEN=${discord.token}`, '-e', `DISCORD_API_URL=${discord.apiUrl}`, '-e', `FETCH_ALLOW_HOSTS=${web.host}`,
      '-e', `HTTP_PORT=${port}`, '-e', 'HTTP_HOST=127.0.0.1', TAG);
  }, 960_000);
  afterAll(async () => {
    await container('rm', '-f', name).catch(() => undefined);
    await Promise.all([discord.stop(), web.stop()]);
  });

  it('THEN it runs as the node user, passes its own HEALTHCHECK, compares sources, and stops with exit code 0', async () => {
    await discord.waitFor(() => discord.connected, 'the bot in the container online', 60_000);
    expect((await container('exec', name, 'id', '-u')).stdout.trim()).toBe('1000');
    // The image's own HEALTHCHECK, run by the engine.
    const healthy = bin.endsWith('podman')
      ? () => container('healthcheck', 'run', name)
      : async () => {
          if ((await container('inspect', name, '--format', '{{.State.Health.Status}}')).stdout.trim() !== 'healthy') throw new Error('not healthy yet');
        };
    expect(await passes(healthy, 60_000)).toBe(true);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);

    const links = ['/articles/herald-bridge.html', '/articles/tribune-bridge.html'].map((p) => web.url(p)).join('\n');
    const compare = discord.runCommand('compare', [{ name: 'sources', type: STRING, value: links }]);
    const report = await discord.replyWithEmbeds(compare, 'the report from the container');
    expect(report.embeds[0]!.title).toMatch(/^Compare: /);

    await container('stop', '-t', '30', name);
    const { stdout } = await container('inspect', name, '--format', '{{.State.ExitCode}}');
    expect(stdout.trim()).toBe('0');
  }, 180_000);
});
