import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../report/types.js';
import { countWords } from '../analysis/text.js';
import { readMetadata } from './metadata.js';
import { detectWall } from './walls.js';

const BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,dd,dt,tr,div,section,article,header,footer,br,hr,table,ul,ol';
const NOT_TEXT = 'figure,figcaption,aside,nav,form,button,script,style,noscript,template,svg,iframe,input,select';

/**
 * Reads the article out of a page: title, byline, site, date, language and the body as paragraphs.
 * Pure: no network. Pages that are walls, error pages or too short say so in `notes`.
 */
export function extractArticle(html: string, options: { url?: string } = {}): Article {
  const { document } = parseHTML(html);
  const meta = readMetadata(document, options.url);
  const wall = detectWall(document);
  // Readability edits the document it reads; metadata was taken first for that reason.
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 300 }).parse();
  const text = parsed?.content ? paragraphsOf(parsed.content) : '';

  const article: Article = { text, notes: [] };
  const title = meta.title ?? parsed?.title ?? undefined;
  if (title) article.title = title;
  const byline = meta.byline ?? parsed?.byline ?? undefined;
  if (byline) article.byline = byline;
  const site = meta.site ?? parsed?.siteName ?? undefined;
  if (site) article.site = site;
  if (meta.publishedAt) article.publishedAt = meta.publishedAt;
  if (meta.lang ?? parsed?.lang) article.lang = (meta.lang ?? parsed?.lang)!;
  const url = meta.canonical ?? options.url;
  if (url) article.url = url;

  const words = countWords(text);
  if (wall && words < 150) article.notes.push(`Unreadable: the page shows ${wall} instead of the article (${words} words found).`);
  else if (wall === 'a paywall' && words < 400) article.notes.push(`Partial: the page shows a paywall; only the ${words} words before it were read.`);
  else if (words < 60) article.notes.push(`Unreadable: only ${words} words of article text were found.`);
  return article;
}

/** Whether extraction found nothing worth comparing (a wall, an error page, an empty shell). */
export function isUnreadable(article: Article): boolean {
  return article.notes.some((n) => n.startsWith('Unreadable'));
}

function paragraphsOf(contentHtml: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  for (const el of document.querySelectorAll(NOT_TEXT)) el.remove();
  for (const el of document.querySelectorAll(BLOCKS)) {
    el.before(document.createTextNode('\n\n'));
    el.after(document.createTextNode('\n\n'));
  }
  return (document.body.textContent ?? '')
    .split(/\n\s*\n/)
    .map((p: string) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
