import { describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { findLinks, parseLink, parseSourcesOption } from '../src/sources/links.js';
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

describe('findLinks: links as Discord users write them', () => {
  it('reads links hidden as spoilers and two links joined by |', () => {
    expect(findLinks('look ||https://a.example/secret|| here').urls).toEqual(['https://a.example/secret']);
    expect(findLinks('https://a.example/1|https://b.example/2').urls).toEqual(['https://a.example/1', 'https://b.example/2']);
  });

  it('keeps a closing bracket the link opened, drops one that closes the sentence', () => {
    expect(findLinks('see https://en.wikipedia.org/wiki/Bridge_(structure)').urls).toEqual(['https://en.wikipedia.org/wiki/Bridge_(structure)']);
    expect(findLinks('(as reported at https://a.example/story)').urls).toEqual(['https://a.example/story']);
  });

  it('reads <no-preview> links, Markdown links and bold links, each once', () => {
    expect(findLinks('<https://a.example/x> [the Herald](https://b.example/y) **https://c.example/z** https://a.example/x').urls).toEqual([
      'https://a.example/x',
      'https://b.example/y',
      'https://c.example/z',
    ]);
  });

  it('takes a host with a path as a link, a bare domain in a sentence as a word', () => {
    expect(findLinks('bbc.co.uk/news/world-1 and example.com').urls).toEqual(['https://bbc.co.uk/news/world-1']);
  });

  it('lists what cannot be read with the reason instead of failing the whole message', () => {
    const found = findLinks('ftp://files.example/a https://ok.example/b https://user:pw@a.example/');
    expect(found.urls).toEqual(['https://ok.example/b']);
    expect(found.rejected.map((r) => r.reason)).toEqual([expect.stringMatching(/not a web link/), expect.stringMatching(/user name or password/)]);
  });

  it('leaves e-mail addresses and protocol-less // paths in the text', () => {
    const found = findLinks('write to desk@news.example or see //not-a-link');
    expect(found.urls).toEqual([]);
    expect(found.rest).toContain('desk@news.example');
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
