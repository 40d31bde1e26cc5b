/** Page metadata from `<meta>` tags, JSON-LD and `<time>`: what Readability alone misses or guesses. */

interface Meta {
  title?: string;
  byline?: string;
  site?: string;
  publishedAt?: string;
  modifiedAt?: string;
  lang?: string;
  canonical?: string;
  image?: string;
}

type Doc = { querySelector(s: string): any; querySelectorAll(s: string): Iterable<any>; documentElement: any };

export function readMetadata(document: Doc, pageUrl?: string): Meta {
  // One pass over the <meta> tags; a selector query per name would walk the page each time.
  const metas = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(key)) metas.set(key, content);
    }
  }
  const metaContent = (...names: string[]): string | undefined => {
    for (const name of names) {
      const value = metas.get(name.toLowerCase());
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
  // Times are kept as the page wrote them, time zone included.
  const published =
    metaContent('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued') ??
    str(ld?.datePublished) ??
    timeAttr(document, '[itemprop="datePublished"]') ??
    timeAttr(document, 'time[pubdate]') ??
    timeAttr(document, 'article time[datetime]') ??
    timeAttr(document, 'time[datetime]');
  if (isDate(published)) meta.publishedAt = published;
  const modified =
    metaContent('article:modified_time', 'og:updated_time', 'dateModified', 'last-modified') ?? str(ld?.dateModified) ?? timeAttr(document, '[itemprop="dateModified"]');
  if (isDate(modified)) meta.modifiedAt = modified;
  const lang =
    document.documentElement?.getAttribute?.('lang') ??
    str(ld?.inLanguage) ??
    metaContent('og:locale')?.replace('_', '-') ??
    metaContent('content-language');
  if (lang) meta.lang = lang.trim();
  const image = metaContent('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? imageUrl(ld?.image);
  if (image) {
    const resolved = absolute(image, pageUrl);
    if (resolved) meta.image = resolved;
  }
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent('og:url') ?? str(ld?.url) ?? str(ld?.mainEntityOfPage?.['@id']);
  // A broken canonical link is ignored: the page URL stands.
  const resolvedCanonical = canonical ? absolute(canonical, pageUrl) : undefined;
  if (resolvedCanonical) meta.canonical = resolvedCanonical;
  return meta;
}

function timeAttr(document: Doc, selector: string): string | undefined {
  const el = document.querySelector(selector);
  return str(el?.getAttribute('datetime')) ?? str(el?.getAttribute('content'));
}

function isDate(value: string | undefined): value is string {
  return !!value && !Number.isNaN(Date.parse(value));
}

function imageUrl(image: unknown): string | undefined {
  const first = Array.isArray(image) ? image[0] : image;
  return typeof first === 'string' ? first : str((first as { url?: unknown })?.url);
}

function absolute(href: string, base?: string): string | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
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
