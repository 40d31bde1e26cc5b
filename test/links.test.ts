import { describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { parseLink, parseSourcesOption } from '../src/sources/links.js';
import { normalizeUrl } from '../src/sources/normalize-url.js';

describe('parseSourcesOption', () => {
  it('splits links on spaces and new lines and keeps the order', () => {
    expect(parseSourcesOption('https://a.example/1 https://b.example/2\nhttps://c.example/3').urls).toEqual([
      'https://a.example/1',
      'https://b.example/2',
      'https://c.example/3',
    ]);
  });

  it('accepts <link> (no preview), trailing punctuation and www. links', () => {
    expect(parseSourcesOption('<https://a.example/x>, www.b.example/y.').urls).toEqual(['https://a.example/x', 'https://www.b.example/y']);
  });

  it('counts the text left after removing links as one pasted source', () => {
    const parsed = parseSourcesOption('https://a.example/1 The council met on Tuesday and agreed to fund inspections of every bridge.');
    expect(parsed.urls).toHaveLength(1);
    expect(parsed.text).toBe('The council met on Tuesday and agreed to fund inspections of every bridge.');
  });

  it('ignores short separators between links', () => {
    expect(parseSourcesOption('https://a.example/1 vs https://b.example/2').text).toBeUndefined();
  });

  it('rejects malformed and non-web links with a message naming them', () => {
    expect(() => parseLink('http://')).toThrow(UserError);
    expect(() => parseSourcesOption('ftp://files.example/a')).toThrow(/not a web link/);
    expect(() => parseLink('https://user:pw@a.example/')).toThrow(/user name or password/);
  });
});

describe('normalizeUrl', () => {
  it('drops fragments, default ports, tracking parameters; lowercases the host; sorts the rest', () => {
    expect(normalizeUrl('HTTPS://News.Example:443/a/b?utm_source=x&b=2&fbclid=1&a=1&gclid=2#top')).toBe('https://news.example/a/b?a=1&b=2');
  });

  it('keeps parameters that change the page', () => {
    expect(normalizeUrl('http://news.example:8080/story?id=42')).toBe('http://news.example:8080/story?id=42');
  });

  it('gives two links to one article one key', () => {
    expect(normalizeUrl('https://news.example/x?utm_medium=social')).toBe(normalizeUrl('https://NEWS.example/x#comments'));
  });
});
