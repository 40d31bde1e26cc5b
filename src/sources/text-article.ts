import type { Article } from '../report/types.js';
import { collapseWhitespace, countWords } from '../analysis/text.js';

export interface TextMeta {
  title?: string;
  url?: string;
  publishedAt?: string;
}

/**
 * Reads pasted text or a text/Markdown file as an article. Without a given title, a short first line
 * with no sentence ending is taken as the headline (and a repeat of it right below is dropped).
 */
export function articleFromText(raw: string, meta: TextMeta = {}): Article {
  const lines = stripMarkdown(raw.replace(/\r\n?/g, '\n')).split('\n');
  let title = meta.title?.trim() || undefined;
  if (!title) {
    const first = lines.findIndex((l) => l.trim() !== '');
    const candidate = first >= 0 ? collapseWhitespace(lines[first]!) : '';
    if (candidate && countWords(candidate) <= 25 && !/[.!?…]["”’]?$/u.test(candidate) && lines.length > first + 1) {
      title = candidate;
      lines.splice(0, first + 1);
    }
  }
  if (title) {
    const next = lines.findIndex((l) => l.trim() !== '');
    if (next >= 0 && collapseWhitespace(lines[next]!) === title) lines.splice(0, next + 1);
  }
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const article: Article = { text, notes: [] };
  if (title) article.title = title;
  if (meta.url) article.url = meta.url;
  if (meta.publishedAt) article.publishedAt = meta.publishedAt;
  return article;
}

// Markdown syntax is presentation, not content: headings, emphasis and links keep their words only.
// Every span is bounded (one line, a few hundred characters), so no text makes these regexes scan
// the rest of itself from each '[' or '**' they meet.
function stripMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/!\[([^\]\n]{0,300})\]\([^)\n]{0,2000}\)/g, '$1')
    .replace(/\[([^\]\n]{1,300})\]\([^)\n]{0,2000}\)/g, '$1')
    .replace(/(\*\*|__)([^\n]{1,300}?)\1/g, '$2')
    .replace(/^>[ \t]?/gm, '');
}
