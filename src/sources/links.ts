import { UserError } from '../errors.js';
import { countWords } from '../analysis/text.js';

export interface ParsedSources {
  urls: string[];
  /** What is left once links are removed, when it is long enough to be an article. */
  text?: string;
}

/** Leftover text shorter than this is taken as separators ("and", "vs"), not as a pasted article. */
export const MIN_PASTED_WORDS = 5;

const LINKISH = /<?(?:https?:\/\/|www\.)[^\s<>]+>?|<?\b[a-z][a-z0-9+.-]*:\/\/[^\s<>]+>?/gi;

/**
 * Splits a /compare `sources` option into links and pasted text. Links are separated by spaces or
 * newlines; Discord's `<https://…>` (no-preview) form and trailing punctuation are accepted.
 */
export function parseSourcesOption(input: string): ParsedSources {
  const urls: string[] = [];
  const rest = input.replace(LINKISH, (token) => {
    urls.push(parseLink(token));
    return ' ';
  });
  const leftover = rest.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  const parsed: ParsedSources = { urls };
  if (countWords(leftover) >= MIN_PASTED_WORDS) parsed.text = leftover;
  return parsed;
}

/** One link as a user typed it, checked and made absolute; throws a UserError saying what is wrong. */
export function parseLink(token: string): string {
  let raw = token.replace(/^<|>$/g, '').replace(/[.,;:!?)\]}'"”’]+$/u, '');
  if (/^www\./i.test(raw)) raw = `https://${raw}`;
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

function shorten(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
