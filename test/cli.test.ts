import { execFile, spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/articles/${name}`, import.meta.url));
const cli = (...args: string[]) => run(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '' } });

describe('the parallax CLI (built)', () => {
  it('prints the Markdown report for files', async () => {
    const { stdout } = await cli('compare', fixture('herald-bridge.html'), fixture('tribune-bridge.html'), fixture('orchestra.html'));
    expect(stdout).toMatch(/^# Harbor Bridge collapse/);
    expect(stdout).toContain('## Where they differ');
    expect(stdout).toContain('**Numbers:**');
    expect(stdout).toContain('## About a different event');
  });

  it('decodes a file in the charset its <meta> declares', async () => {
    const { stdout } = await cli('summarize', fixture('tribune-bridge.html'));
    expect(stdout).not.toContain('\uFFFD');
  });

  it('prints the report contract with --json', async () => {
    const { stdout } = await cli('compare', '--json', fixture('herald-bridge.html'), fixture('tribune-bridge.html'));
    const report = JSON.parse(stdout);
    // `possible` is there when the engine found something below the line it shows from; `said` when
    // two reports give one speaker's words.
    expect(Object.keys(report).filter((k) => k !== 'possible' && k !== 'said').sort()).toEqual(['consensus', 'discrepancies', 'engine', 'event', 'sources', 'unreadable']);
    for (const d of report.possible ?? []) expect(d.confidence).toBeLessThan(0.6);
    for (const side of report.said ?? []) expect(side).toEqual({ speaker: expect.any(String), evidence: expect.any(Array) });
    expect(report.sources[0]).toMatchObject({ id: 'S1', sameEvent: true, words: expect.any(Number), summary: expect.any(String), notes: [] });
    expect(report.engine.name).toBe('offline');
  });

  it('GIVEN a file over the size cap and a binary file beside two good ones THEN both are listed unreadable with their reason and the two are compared', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-cli-'));
    const big = join(dir, 'huge.txt');
    const binary = join(dir, 'program.txt');
    await writeFile(big, 'word '.repeat(1_200_000));
    await writeFile(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    const { stdout } = await cli('compare', '--json', big, fixture('herald-bridge.html'), binary, fixture('tribune-bridge.html'));
    const report = JSON.parse(stdout);
    expect(report.sources.map((s: { id: string }) => s.id)).toEqual(['S2', 'S4']);
    expect(report.unreadable).toEqual([
      { id: 'S1', input: big, reason: expect.stringMatching(/larger than 5 MB/) },
      { id: 'S3', input: binary, reason: expect.stringMatching(/not text/) },
    ]);
  });

  it('summarises one file', async () => {
    const { stdout } = await cli('summarize', fixture('gazette-bridge.html'));
    expect(stdout).toContain('## Key points');
    expect(stdout).toContain('corroded supports');
  });

  it('explains usage and bad input with an exit code, not a stack trace', async () => {
    await expect(cli('compare')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Usage:') });
    const err = await cli('compare', 'no-such-file.txt', fixture('orchestra.html')).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    // A missing file is one unreadable source, said with its reason, as the bot says it.
    expect((err as { stderr: string }).stderr).toMatch(/^Only 1 of 2 sources could be read/);
    expect((err as { stderr: string }).stderr).toContain('S1 no-such-file.txt: Cannot read no-such-file.txt: no such file');
    expect((err as { stderr: string }).stderr).not.toMatch(/^\s+at /m); // no stack frame lines
  });

  it('prints nothing that drives the terminal: escape sequences and controls in a file are stripped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-cli-'));
    const file = join(dir, 'hostile.txt');
    await writeFile(file, 'Council \x1b]0;pwned\x07votes to rebuild the \x1b[31mHarbor Bridge\x1b[0m after it collapsed on Tuesday.\u202e\x08 The vote was close.');
    const { stdout } = await cli('summarize', file);
    expect(stdout).toContain('Harbor Bridge');
    expect(stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
  });

  describe('reading links from a local server', () => {
    const web = new ArticleServer();
    beforeAll(() => web.start());
    afterAll(() => web.stop());

    it('stops at Ctrl-C while a page hangs: one line, exit code 130, no stack trace', async () => {
      const child = spawn(process.execPath, [CLI, 'compare', web.url('/hang'), fixture('herald-bridge.html')], { env: { PATH: process.env.PATH ?? '', FETCH_ALLOW_HOSTS: web.host } });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      const deadline = Date.now() + 10_000;
      while (!web.hits.get('/hang') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(stderr.trim()).toBe('Stopped (Ctrl-C).');
    });
  });
});
