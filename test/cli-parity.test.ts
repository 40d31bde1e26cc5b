import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
const cli = (...args: string[]) => run(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '' } });

describe('GIVEN two pasted reports saved as text files, without headline, date or outlet', () => {
  let a = '';
  let b = '';
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-cli-'));
    a = join(dir, 'a.txt');
    b = join(dir, 'b.txt');
    await writeFile(a, '12 people were killed when the Harbor Bridge collapsed into the Tamsin River in Marlow on Tuesday evening, emergency services said. Divers searched the river overnight.');
    await writeFile(b, '15 people were killed when the Harbor Bridge collapsed on Tuesday evening in Marlow, officials confirmed, as divers kept searching the Tamsin River.');
  });

  it('WHEN parallax compare --help runs THEN it explains the options and exits 0', async () => {
    const { stdout } = await cli('compare', '--help');
    expect(stdout).toMatch(/^Usage:/);
    expect(stdout).toContain('--title T] [--date D] [--site S]');
  });

  it('WHEN each is described with --title, --date and --site THEN the report knows them, and which is newer', async () => {
    const { stdout } = await cli('compare', '--json', a, '--title', 'Herald wire', '--date', '2026-03-04T18:00:00Z', '--site', 'Coastal Herald', b, '--date', '2026-03-05T10:00:00Z', '--site', 'Valley Tribune');
    const report = JSON.parse(stdout) as { sources: Array<{ title?: string; site?: string; publishedAt?: string }>; discrepancies: Array<{ kind: string; summary: string }> };
    expect(report.sources.map((s) => [s.site, s.publishedAt])).toEqual([['Coastal Herald', '2026-03-04T18:00:00Z'], ['Valley Tribune', '2026-03-05T10:00:00Z']]);
    expect(report.sources[0]!.title).toBe('Herald wire');
    const people = report.discrepancies.find((d) => d.kind === 'number')!;
    expect(people.summary).toMatch(/S2 was published 16 h after S1/);
  });

  it('WHEN a date is not one THEN it says so in one line', async () => {
    const err = await cli('compare', a, '--date', 'last tuesday', b).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1, stderr: expect.stringMatching(/^--date last tuesday is not a date/) });
  });
});
