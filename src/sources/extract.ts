import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { addNote, type Article, partialNote, unreadableNote } from '../report/types.js';
import type { Key } from '../i18n/translate.js';
import { countWords } from '../analysis/text.js';
import { readMetadata } from './metadata.js';
import { contentParagraphs } from './content-text.js';
import { detectWall } from './walls.js';
import { withoutInertMarkup } from './inert-markup.js';
import { countStartTags, flattenDeepMarkup, MAX_ELEMENTS } from './markup-limits.js';

/**
 * Reads the article out of a page: title, byline, site, date, language and the body as paragraphs.
 * Pure: no network. Pages that are walls, error pages or too short say so in `notes`.
 */
export function extractArticle(html: string, options: { url?: string } = {}): Article {
  const markup = withoutInertMarkup(html);
  const elements = countStartTags(markup);
  if (elements > MAX_ELEMENTS) {
    const note = `Unreadable: the page is too large to analyse (${elements.toLocaleString('en')} HTML elements; at most ${MAX_ELEMENTS.toLocaleString('en')} are read).`;
    return { text: '', notes: [note], noteKeys: [{ note, ...unreadableNote({ key: 'notePageTooLarge', params: { n: elements, max: MAX_ELEMENTS } }) }] };
  }
  const { document } = parseHTML(markup);
  flattenDeepMarkup(document.documentElement as unknown as Parameters<typeof flattenDeepMarkup>[0]);
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
  if (wall && words < 150) {
    addNote(article, `Unreadable: the page shows ${wall} instead of the article (${words} words found).`, unreadableNote({ key: 'noteWall', params: { wall: { key: WALL_KEYS[wall] ?? 'wallPaywall' }, n: words } }));
  } else if (wall === 'a paywall' && words < 400) {
    addNote(article, `Partial: the page shows a paywall; only the ${words} words before it were read.`, partialNote({ key: 'notePaywallPartial', params: { n: words } }));
  } else if (words < 60) addNote(article, `Unreadable: only ${words} words of article text were found.`, unreadableNote({ key: 'noteFewWords', params: { n: words } }));
  return article;
}

/** What each wall of src/sources/walls.ts is called in the reader's language. */
const WALL_KEYS: Record<string, Key> = {
  'a paywall': 'wallPaywall',
  'a login wall': 'wallLogin',
  'a cookie or consent notice': 'wallCookie',
  'a "not found" page': 'wallNotFound',
  'a bot check': 'wallBotCheck',
};

/** Whether extraction found nothing worth comparing (a wall, an error page, an empty shell). */
export function isUnreadable(article: Article): boolean {
  return article.notes.some((n) => n.startsWith('Unreadable'));
}
