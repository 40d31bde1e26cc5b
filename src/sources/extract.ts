import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../report/types.js';
import { countWords } from '../analysis/text.js';
import { readMetadata } from './metadata.js';
import { contentParagraphs } from './content-text.js';
import { detectWall } from './walls.js';

/**
 * Reads the article out of a page: title, byline, site, date, language and the body as paragraphs.
 * Pure: no network. Pages that are walls, error pages or too short say so in `notes`.
 */
export function extractArticle(html: string, options: { url?: string } = {}): Article {
  const { document } = parseHTML(withoutInertMarkup(html));
  const meta = readMetadata(document, options.url);
  const wall = detectWall(document);
  // Readability edits the document it reads; metadata was taken first for that reason.
  // The content element itself (not its HTML) and its classes are kept, so it is cleaned in place.
  const readabilityOptions = { charThreshold: 300, keepClasses: true, serializer: (el: unknown) => el };
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], readabilityOptions as object).parse();
  const title = meta.title ?? parsed?.title ?? undefined;
  const text = parsed?.content ? contentParagraphs(parsed.content as unknown as Parameters<typeof contentParagraphs>[0], title) : '';

  const article: Article = { text, notes: [] };
  if (title) article.title = title;
  const byline = meta.byline ?? parsed?.byline ?? undefined;
  if (byline) article.byline = byline;
  const site = meta.site ?? parsed?.siteName ?? undefined;
  if (site) article.site = site;
  if (meta.publishedAt) article.publishedAt = meta.publishedAt;
  if (meta.modifiedAt) article.modifiedAt = meta.modifiedAt;
  if (meta.image) article.image = meta.image;
  if (meta.lang ?? parsed?.lang) article.lang = (meta.lang ?? parsed?.lang)!;
  const url = meta.canonical ?? options.url;
  if (url) article.url = url;

  const words = countWords(text);
  if (wall && words < 150) article.notes.push(`Unreadable: the page shows ${wall} instead of the article (${words} words found).`);
  else if (wall === 'a paywall' && words < 400) article.notes.push(`Partial: the page shows a paywall; only the ${words} words before it were read.`);
  else if (words < 60) article.notes.push(`Unreadable: only ${words} words of article text were found.`);
  return article;
}

/**
 * Scripts (but JSON-LD), styles, inline SVG and comments carry no article text and are most of a
 * modern page's bytes: dropping them before parsing makes the DOM several times smaller.
 */
function withoutInertMarkup(html: string): string {
  return html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<(svg|noscript|template|iframe|select|canvas|video|audio|picture|nav)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

/** Whether extraction found nothing worth comparing (a wall, an error page, an empty shell). */
export function isUnreadable(article: Article): boolean {
  return article.notes.some((n) => n.startsWith('Unreadable'));
}
