/**
 * Text a source or a model wrote (article text, titles, site names, summaries, quotes), made inert for
 * Markdown as Discord and CommonMark read it: each character that could open markup is escaped with a
 * backslash, which both render as the character itself, so the words read the same and nothing is live.
 * Masked links (`[x](y)`), emphasis, spoilers, code, headings, lists, quotes, mentions and timestamps
 * (`<@id>`, `<t:…>`) cannot form; a bare `https://…` is not made a link.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\*_`~|[\]<>]/g, '\\$&')
    .replace(/^([ \t]*)([#+-]|\d+(?=\.))/gm, (_, indent: string, mark: string) => (/\d/.test(mark) ? `${indent}${mark}\\` : `${indent}\\${mark}`))
    .replace(/\b([a-z][a-z0-9+.-]{1,20}):(?=\/\/)/gi, '$1\\:')
    .replace(/\bwww\./gi, 'www\\.');
}

/** URL characters that Markdown reads as syntax, percent-encoded: the address stays the same resource. */
const URL_SYNTAX = /[()[\]<>*_~|`'"\\ ]/g;

/**
 * A URL fit to print as a plain link: http(s), with a host and no credentials, in its parsed form with
 * Markdown's syntax characters percent-encoded, so that it cannot break out of `<…>` or form a masked
 * link. Undefined for anything else.
 */
export function plainUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname || parsed.username || parsed.password) return undefined;
  return parsed.href.replace(URL_SYNTAX, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
