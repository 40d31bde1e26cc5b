import { collapseWhitespace } from '../analysis/text.js';
import type { Article, SourceId } from '../report/types.js';
import { SYSTEM_PROMPTS } from './prompts.js';
import { findSpan } from './verify-quote.js';

/** What the model's prose is checked against: the sources' texts (and headlines) and their ids. */
export interface ProseContext {
  texts: Map<SourceId, string>;
  titles?: Map<SourceId, string>;
}

/** What model prose and quotes are checked against. */
export function contextOf(sources: Array<{ id: SourceId; article: Article }>): ProseContext {
  const titles = sources.filter((s) => s.article.title).map((s) => [s.id, s.article.title!] as const);
  return { texts: new Map(sources.map((s) => [s.id, collapseWhitespace(s.article.text)])), titles: new Map(titles) };
}

const QUOTED = /[“"„«]([^“”"„«»\n]{1,400})[”"“»]/g;
const SOURCE_ID = /\bS(\d{1,3})\b/g;
const LINK = /:\/\/|\]\(|\bwww\./i;
/** Runs of this many words from our instructions, found in prose, mean the model echoed them. */
const ECHO_WORDS = 6;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
const shingles = (list: string[]) => list.slice(0, Math.max(0, list.length - ECHO_WORDS + 1)).map((_, i) => list.slice(i, i + ECHO_WORDS).join(' '));
const PROMPT_SHINGLES = new Set(SYSTEM_PROMPTS.flatMap((p) => shingles(words(p))));

/**
 * Why prose the model wrote (a summary, a consensus text, a finding's summary, a thread answer) may
 * not be shown, or undefined when it may: words in quotation marks must be a source's own words, every
 * source id it names must exist, it may carry no link, and no run of our instructions may appear in it.
 */
export function proseProblem(prose: string, ctx: ProseContext): string | undefined {
  for (const m of prose.matchAll(SOURCE_ID)) {
    if (!ctx.texts.has(`S${Number(m[1])}` as SourceId)) return `it names ${m[0]}, which is not a source`;
  }
  if (LINK.test(prose)) return 'it carries a link';
  const haystacks = [...ctx.texts.values(), ...(ctx.titles?.values() ?? [])];
  for (const m of prose.matchAll(QUOTED)) {
    const inner = m[1]!.trim();
    if (inner && !haystacks.some((text) => findSpan(text, inner, 1))) return `it puts in quotation marks words no source says (${m[0].slice(0, 60)})`;
  }
  if (shingles(words(prose)).some((s) => PROMPT_SHINGLES.has(s))) return 'it repeats the instructions given to the model';
  return undefined;
}

/** The source ids a piece of prose names ("S1 says…, while S3…"). */
export function namedSources(prose: string): SourceId[] {
  return [...new Set([...prose.matchAll(SOURCE_ID)].map((m) => `S${Number(m[1])}` as SourceId))];
}
