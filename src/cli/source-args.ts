import { UserError } from '../errors.js';

/** What a person gave on the command line for one source: a link or a file, and what they said of it. */
export interface SourceArg {
  input: string;
  meta: { title?: string; publishedAt?: string; site?: string };
}

const META = { '--title': 'title', '--date': 'publishedAt', '--site': 'site' } as const;

/**
 * The sources of `parallax compare`, in order. `--title`, `--date` and `--site` describe the file just
 * before them (pasted text saved to a file has no headline, date or outlet of its own), so dated
 * reports can be compared from a terminal.
 */
export function parseSourceArgs(args: readonly string[]): SourceArg[] {
  const out: SourceArg[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const key = META[arg as keyof typeof META];
    if (!key) {
      if (arg.startsWith('--')) throw new UserError(`Unknown option ${arg}; see parallax compare --help.`);
      out.push({ input: arg, meta: {} });
      continue;
    }
    const value = args[++i];
    const last = out.at(-1);
    if (value === undefined || value.startsWith('--')) throw new UserError(`${arg} needs a value, e.g. ${arg} "${key === 'publishedAt' ? '2026-03-04' : 'Wire copy'}".`);
    if (!last) throw new UserError(`${arg} describes the file before it; put it after that file.`);
    if (/^https?:\/\//i.test(last.input)) throw new UserError(`${arg} is for files; a link's page says its own ${arg.slice(2)}.`);
    if (key === 'publishedAt' && Number.isNaN(Date.parse(value))) throw new UserError(`--date ${value} is not a date; write it as 2026-03-04 or 2026-03-04T18:30:00+01:00.`);
    last.meta[key] = value;
  }
  return out;
}
