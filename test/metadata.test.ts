import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/sources/extract.js';

const body = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i}: the city council approved the new tram line after a long debate about its cost and its route through the old town.</p>`).join('');

describe('article metadata', () => {
  it('reads OpenGraph and article meta tags', () => {
    const a = extractArticle(
      `<html lang="en-GB"><head><meta property="og:title" content="Tram line approved"><meta property="og:site_name" content="City Post">
       <meta name="author" content="Mia Long"><meta property="article:published_time" content="2026-05-01T09:30:00+02:00">
       <meta property="article:modified_time" content="2026-05-01T12:00:00+02:00"><meta property="og:image" content="/img/tram.jpg">
       <link rel="canonical" href="https://citypost.example/tram"></head><body><article>${body}</article></body></html>`,
      { url: 'https://citypost.example/amp/tram' },
    );
    expect(a).toMatchObject({
      title: 'Tram line approved',
      site: 'City Post',
      byline: 'Mia Long',
      publishedAt: '2026-05-01T09:30:00+02:00',
      modifiedAt: '2026-05-01T12:00:00+02:00',
      image: 'https://citypost.example/img/tram.jpg',
      url: 'https://citypost.example/tram',
      lang: 'en-GB',
    });
  });

  it('reads JSON-LD NewsArticle inside an @graph, with authors, image objects and language', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'ignored' },
        {
          '@type': 'NewsArticle', headline: 'Tram line approved', datePublished: '2026-05-01T07:30:00Z', dateModified: '2026-05-02T07:30:00Z',
          author: [{ '@type': 'Person', name: 'Mia Long' }, { '@type': 'Person', name: 'Ken Ito' }], publisher: { name: 'City Post' },
          image: [{ '@type': 'ImageObject', url: 'https://cdn.example/tram.jpg' }], inLanguage: 'de-AT', url: 'https://citypost.example/tram',
        },
      ],
    };
    const a = extractArticle(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>${body}</article></body></html>`);
    expect(a).toMatchObject({ title: 'Tram line approved', byline: 'Mia Long, Ken Ito', site: 'City Post', publishedAt: '2026-05-01T07:30:00Z', modifiedAt: '2026-05-02T07:30:00Z', image: 'https://cdn.example/tram.jpg', lang: 'de-AT', url: 'https://citypost.example/tram' });
  });

  it('falls back to <time datetime> and microdata, keeping the time zone', () => {
    const a = extractArticle(`<html><head><title>Tram</title></head><body><article><time datetime="2026-05-01T09:30:00-05:00">May 1</time><span itemprop="dateModified" content="2026-05-03"></span>${body}</article></body></html>`);
    expect(a.publishedAt).toBe('2026-05-01T09:30:00-05:00');
    expect(a.modifiedAt).toBe('2026-05-03');
  });

  it('ignores malformed JSON-LD and invalid dates', () => {
    const a = extractArticle(`<html><head><title>Tram</title><script type="application/ld+json">{not json</script><meta property="article:published_time" content="yesterday"></head><body><article>${body}</article></body></html>`);
    expect(a.title).toBe('Tram');
    expect(a.publishedAt).toBeUndefined();
  });
});
