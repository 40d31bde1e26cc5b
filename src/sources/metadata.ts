/** Page metadata from `<meta>` tags, JSON-LD and `<time>`: what Readability alone misses or guesses. */

interface Meta {
  title?: string;
  byline?: string;
  site?: string;
  publishedAt?: string;
  lang?: string;
  canonical?: string;
}

type Doc = { querySelector(s: string): any; querySelectorAll(s: string): Iterable<any>; documentElement: any };

export function readMetadata(document: Doc, pageUrl?: string): Meta {
  const metaContent = (...names: string[]): string | undefined => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const value = el?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const ld = jsonLdArticle(document);
  const meta: Meta = {};
  const title = metaContent('og:title', 'twitter:title') ?? str(ld?.headline) ?? document.querySelector('title')?.textContent?.trim();
  if (title) meta.title = title;
  const author = metaContent('author', 'article:author') ?? authorName(ld?.author);
  if (author && !/^https?:/.test(author)) meta.byline = author;
  const site = metaContent('og:site_name', 'application-name') ?? str(ld?.publisher?.name);
  if (site) meta.site = site;
  const published =
    metaContent('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued') ??
    str(ld?.datePublished) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime');
  if (published && !Number.isNaN(Date.parse(published))) meta.publishedAt = published;
  const lang = document.documentElement?.getAttribute?.('lang');
  if (lang) meta.lang = lang;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical) {
    try {
      meta.canonical = new URL(canonical, pageUrl).toString();
    } catch {
      /* a broken canonical link is ignored: the page URL stands */
    }
  }
  return meta;
}

function jsonLdArticle(document: Doc): any {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '');
      const items = [data, ...(Array.isArray(data) ? data : []), ...(Array.isArray(data?.['@graph']) ? data['@graph'] : [])];
      const found = items.find((i) => i && /Article|Posting|Report/.test(String(i['@type'] ?? '')));
      if (found) return found;
    } catch {
      /* malformed JSON-LD is common and carries no article then */
    }
  }
  return undefined;
}

function authorName(author: unknown): string | undefined {
  const list = Array.isArray(author) ? author : author ? [author] : [];
  const names = list.map((a) => (typeof a === 'string' ? a : str((a as { name?: unknown })?.name))).filter(Boolean);
  return names.length ? names.join(', ') : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}
