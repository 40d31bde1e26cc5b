import { describe, expect, it } from 'vitest';
import { extractArticle, isUnreadable } from '../src/sources/extract.js';
import { articleFromText } from '../src/sources/text-article.js';
import { fixtureArticle } from './helpers/fixtures.js';

describe('extractArticle', () => {
  it('reads title, site, byline, date and canonical URL from meta tags', () => {
    const a = fixtureArticle('herald-bridge.html');
    expect(a.title).toBe('Harbor Bridge collapse in Marlow kills 12');
    expect(a.site).toBe('Coastal Herald');
    expect(a.byline).toBe('Dana Whitfield');
    expect(a.publishedAt).toBe('2026-03-04T08:00:00Z');
    expect(a.url).toBe('https://herald.example/news/marlow-bridge?utm_source=x');
    expect(a.lang).toBe('en');
  });

  it('reads metadata from JSON-LD NewsArticle, keeping the time zone', () => {
    const a = fixtureArticle('tribune-bridge.html');
    expect(a.title).toBe('Marlow bridge collapse: 15 dead, council divided');
    expect(a.site).toBe('Valley Tribune');
    expect(a.byline).toBe('Omar Reyes');
    expect(a.publishedAt).toBe('2026-03-04T10:30:00+01:00');
  });

  it('keeps the article body in paragraphs and leaves navigation, related links and footers out', () => {
    const a = fixtureArticle('herald-bridge.html');
    expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(5);
    expect(a.text).toContain('12 people were killed');
    expect(a.text).not.toContain('Related stories');
    expect(a.text).not.toContain('Sign up for our newsletter');
    expect(a.text).not.toContain('Sport');
    expect(isUnreadable(a)).toBe(false);
  });

  it('marks a paywall stub as unreadable instead of treating it as the article', () => {
    const a = extractArticle('<html><head><title>Story</title></head><body><h1>Big story</h1><p>Subscribe now to continue reading. Already a subscriber? Log in.</p></body></html>');
    expect(isUnreadable(a)).toBe(true);
    expect(a.notes[0]).toMatch(/paywall/);
  });

  it('marks a "not found" page and an empty shell as unreadable', () => {
    expect(isUnreadable(extractArticle('<html><head><title>Page not found</title></head><body><p>The page you are looking for does not exist.</p></body></html>'))).toBe(true);
    expect(isUnreadable(extractArticle('<html><body><div id="app"></div></body></html>'))).toBe(true);
  });
});

describe('articleFromText', () => {
  it('takes a short first line as the headline and drops its repeat', () => {
    const a = articleFromText('Bridge falls in Marlow\n\nBridge falls in Marlow\nThe bridge fell on Tuesday. Twelve people died.');
    expect(a.title).toBe('Bridge falls in Marlow');
    expect(a.text).toBe('The bridge fell on Tuesday. Twelve people died.');
  });

  it('keeps a first line that is a sentence as body text, and strips Markdown syntax', () => {
    const a = articleFromText('The bridge fell on Tuesday.\n\n**Twelve** people died, [officials](https://x.example) said.');
    expect(a.title).toBeUndefined();
    expect(a.text).toBe('The bridge fell on Tuesday.\n\nTwelve people died, officials said.');
  });
});
