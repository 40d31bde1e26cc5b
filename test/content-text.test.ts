import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/sources/extract.js';
import { isFurnitureParagraph } from '../src/sources/boilerplate.js';

const page = (body: string) =>
  `<html><head><title>Ferry fares rise</title></head><body><article>${body}</article></body></html>`;
const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story says that the ferry company raised its fares again this winter, and that passengers on the island routes will pay the most.</p>`).join('');

describe('furniture inside the article body', () => {
  it('drops share bars, related links, captions and bylines named by class, and keeps the story', () => {
    const text = extractArticle(
      page(`<div class="byline">By Ana Ruiz</div>${story}<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a></div>` +
        `<figure><img src="x.jpg"><figcaption>The ferry at dawn.</figcaption></figure>` +
        `<div class="related-stories"><a href="/1">Bus fares freeze</a><a href="/2">Train strike ends</a><a href="/3">Port expands</a></div>`),
    ).text;
    expect(text).toContain('Paragraph 5 of the story');
    for (const junk of ['By Ana Ruiz', 'Facebook', 'The ferry at dawn', 'Bus fares freeze']) expect(text).not.toContain(junk);
  });

  it('keeps a paragraph with links in it, and removes only the hover card inside', () => {
    const text = extractArticle(
      page(`${story}<p>The <a href="/m">minister</a> said the <a href="/f">fares</a> were fair<span class="popup"><a href="/1">Minister profile</a><a href="/2">Latest news</a><a href="/3">Contact</a></span>.</p>`),
    ).text;
    expect(text).toContain('The minister said the fares were fair.');
    expect(text).not.toContain('Minister profile');
  });

  it('never lets a wrongly named wrapper take the whole story', () => {
    const text = extractArticle(page(`<div class="post-share-wrapper">${story}</div>`)).text;
    expect(text).toContain('Paragraph 0 of the story');
  });
});

describe('isFurnitureParagraph', () => {
  it.each([
    'By Justine Coleman - 11/18/19 11:04 PM EST',
    'Updated Nov 19, 6:55 AM',
    'PUBLISHED: 10:48, Tue, Nov 19, 2019',
    'The protests kicked off in June (Image: GETTY )',
    'Natalie Naccache | Bloomberg | Getty Images',
    '© Aaron Schwartz',
    'Related: Photos of the storm',
    'You may also like...',
    'Advertisement',
    'Sign up for our daily newsletter to get the news in your inbox.',
  ])('drops %j', (p) => expect(isFurnitureParagraph(p)).toBe(true));

  it.each([
    'By the end of the day, the council had voted to raise fares.',
    '"Subscribe to our values," the minister said, to laughter.',
    'The ferry sails at 9.30 a.m. and 7 p.m. every day.',
  ])('keeps %j', (p) => expect(isFurnitureParagraph(p)).toBe(false));
});
