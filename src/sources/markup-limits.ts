import { blockParagraphs } from './content-text.js';

/**
 * Bounds on the markup a page may bring, so that no page costs more than a few seconds: article
 * pages have a few thousand elements nested at most ~50 deep (the extraction benchmark's deepest is 50).
 */
export const MAX_ELEMENTS = 30_000;
export const MAX_DEPTH = 100;

/** Start tags in the markup (`<` then a letter), counted in one pass before anything is parsed. */
export function countStartTags(html: string): number {
  let count = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const c = html.charCodeAt(at + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) count++;
  }
  return count;
}

interface El {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<El>;
  textContent: string | null;
  children: ArrayLike<El>;
  ownerDocument: { createElement(tag: string): El };
  appendChild(node: El): unknown;
  remove(): void;
}

/**
 * Replaces what lies deeper than `maxDepth` by its text, one <p> per block, so that Readability (whose
 * work grows with depth times size, and which recurses) never sees deep markup. The words stay.
 * Returns whether anything was flattened.
 */
export function flattenDeepMarkup(root: El, maxDepth = MAX_DEPTH): boolean {
  let flattened = false;
  const stack: Array<[El, number]> = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth < maxDepth) {
      for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
      continue;
    }
    if (el.children.length === 0) continue;
    const paragraphs = blockParagraphs(el);
    for (const child of Array.from(el.childNodes)) child.remove();
    for (const text of paragraphs) {
      const p = el.ownerDocument.createElement('p');
      p.textContent = text;
      el.appendChild(p);
    }
    flattened = true;
  }
  return flattened;
}
