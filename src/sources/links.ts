import { LinkifyIt, type Match } from 'linkify-it';
import { UserError } from '../errors.js';
import { countWords } from '../analysis/text.js';

export interface ParsedSources {
  urls: string[];
  /** What is left once links are removed, when it is long enough to be an article. */
  text?: string;
}

export interface FoundLinks {
  /** Web links, absolute, in the order written, each once. */
  urls: string[];
  /** Things that look like links but cannot be read, each with the reason (for the user). */
  rejected: Array<{ token: string; reason: string }>;
  /** The text with every link taken out. */
  rest: string;
}

/** Leftover text shorter than this is taken as separators ("and", "vs"), not as a pasted article. */
export const MIN_PASTED_WORDS = 5;

// linkify-it knows balanced brackets (`…/Bridge_(structure)`), trailing punctuation and Markdown
// `[title](url)`; credentials are matched so they can be refused by name rather than cut off.
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false, urlAuth: true }).add('mailto:', null).add('//', null);

/**
 * How Discord users write links that a link finder would misread: `||spoiler||` and two links joined
 * by `|` (a pipe is never left unencoded in a real link), `<https://…>` to suppress the preview.
 */
function unwrapDiscordMarkup(text: string): string {
  return text
    .replace(/\|/g, ' ')
    .replace(/<((?:https?|ftp):\/\/[^\s<>]+)>/gi, ' $1 ')
    // `www.` is a link whatever its top-level domain (linkify-it's fuzzy links want a known one).
    .replace(/(^|[\s(<[*_~])(www\.)/gi, '$1https://$2');
}

/** Bold, italic, strike-through or underline markers that Markdown put around a link, not part of it. */
const TRAILING_MARKUP = /(?:\*+|~~+|__+)$/;

/** Finds every link in a message or option as Discord users write them. */
export function findLinks(input: string): FoundLinks {
  const text = unwrapDiscordMarkup(input);
  const urls: string[] = [];
  const rejected: FoundLinks['rejected'] = [];
  const pieces: string[] = [];
  let last = 0;
  for (const match of linkify.match(text) ?? []) {
    if (!isLink(match)) continue;
    pieces.push(text.slice(last, match.index));
    last = match.lastIndex;
    const raw = match.raw.replace(TRAILING_MARKUP, '');
    try {
      const url = parseLink(raw);
      if (!urls.includes(url)) urls.push(url);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      rejected.push({ token: raw, reason: err.message });
    }
  }
  pieces.push(text.slice(last));
  return { urls, rejected, rest: pieces.join(' ') };
}

/** A schema-less match counts only when nobody could mean it as a word: a host with a path. */
function isLink(match: Match): boolean {
  if (match.schema) return true;
  return /^[^/]+\/[^/\s]/.test(match.raw);
}

/**
 * Splits a /compare `sources` option into links and pasted text. Links are separated by spaces,
 * newlines or `|`; any text left over (five words or more) is one pasted source. Throws a UserError
 * naming the first link that cannot be read.
 */
export function parseSourcesOption(input: string): ParsedSources {
  const found = findLinks(input);
  const bad = found.rejected[0];
  if (bad) throw new UserError(bad.reason);
  // Markdown link text ("[the Herald's story](…)") is left as a few words: not an article.
  const leftover = found.rest.replace(/\[([^\]]*)\]\(\s*\)/g, '$1').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  const parsed: ParsedSources = { urls: found.urls };
  if (countWords(leftover) >= MIN_PASTED_WORDS) parsed.text = leftover;
  return parsed;
}

/** One link as a user typed it, checked and made absolute; throws a UserError saying what is wrong. */
export function parseLink(token: string): string {
  let raw = token.replace(/^<|>$/g, '').replace(/[.,;:!?\]}'"”’]+$/u, '');
  // A closing bracket belongs to the link only when the link opened it (`…/Bridge_(structure)`).
  while (raw.endsWith(')') && count(raw, '(') < count(raw, ')')) raw = raw.slice(0, -1);
  if (/^www\./i.test(raw) || !/^[a-z][a-z0-9+.-]*:/i.test(raw)) raw = `https://${raw}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(`"${shorten(token)}" is not a valid link. Links start with http:// or https://.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`"${shorten(token)}" is not a web link: only http:// and https:// links can be read.`);
  }
  if (!url.hostname || !/[a-z0-9\]]\.?$/i.test(url.hostname)) {
    throw new UserError(`"${shorten(token)}" has no valid host name.`);
  }
  if (url.username || url.password) {
    throw new UserError(`"${shorten(token)}" carries a user name or password; remove them from the link.`);
  }
  return url.toString();
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

function shorten(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
