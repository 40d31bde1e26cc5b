import { isFurnitureParagraph, looksLikeFurniture } from './boilerplate.js';

/** The few DOM members this module uses; linkedom's nodes have them. */
interface Node {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<Node>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
  remove(): void;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIPPED = new Set(['FIGURE', 'FIGCAPTION', 'ASIDE', 'NAV', 'FORM', 'BUTTON', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TR', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'BR', 'HR', 'TABLE', 'UL', 'OL', 'MAIN']);
/** Containers judged as link lists; paragraphs, items and tables are judged by their words instead. */
const LINK_LIST_TAGS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'SPAN', 'DL']);
/** The share of the text one removal may take: a wrongly named wrapper must not take the story. */
const MAX_FURNITURE_SHARE = 0.25;

interface Counts {
  text: number;
  linked: number;
  links: number;
  words: number;
}

/**
 * The article's paragraphs from Readability's content element, with furniture removed: elements whose
 * class or id names them as furniture, short blocks made of three or more links, and short paragraphs
 * whose wording is a byline, a credit or a promo. One pass to measure and prune (deepest first, so a
 * hover card inside a paragraph goes before the paragraph is judged), one pass to collect text.
 */
export function contentParagraphs(content: Node, title?: string): string {
  const total = (content.textContent ?? '').length || 1;
  prune(content, total);
  const seen = new Set<string>();
  return blockParagraphs(content)
    .filter((p) => {
      if (seen.has(p)) return false;
      seen.add(p);
      return !isFurnitureParagraph(p, title);
    })
    .join('\n\n');
}

/**
 * The text under a node, one string per block (paragraph, heading, item…), whitespace collapsed.
 * Walked with a stack of its own rather than by recursion, so no depth of markup can overflow it.
 */
export function blockParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const p = buffer.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    buffer = '';
  };
  const END_OF_BLOCK = null;
  const stack: Array<Node | typeof END_OF_BLOCK> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === END_OF_BLOCK) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    if (BLOCKS.has(node.nodeName.toUpperCase())) {
      flush();
      stack.push(END_OF_BLOCK);
    }
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return paragraphs;
}

/** Measures and prunes bottom-up. Recursive: extract.ts caps the markup's depth before it gets here. */
function prune(node: Node, total: number): Counts {
  const counts: Counts = { text: 0, linked: 0, links: 0, words: 0 };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      const text = child.textContent ?? '';
      counts.text += text.length;
      counts.words += text.split(/\s+/).filter(Boolean).length;
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = child.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) {
      child.remove();
      continue;
    }
    const inner = prune(child, total);
    if (inner.text / total <= MAX_FURNITURE_SHARE && (looksLikeFurniture(child as Required<Node>) || isLinkList(tag, inner))) {
      child.remove();
      continue;
    }
    counts.text += inner.text;
    counts.words += inner.words;
    if (tag === 'A') {
      counts.linked += inner.text;
      counts.links += 1;
    } else {
      counts.linked += inner.linked;
      counts.links += inner.links;
    }
  }
  return counts;
}

function isLinkList(tag: string, c: Counts): boolean {
  return LINK_LIST_TAGS.has(tag) && c.links >= 3 && c.text > 0 && c.linked / c.text > 0.6 && c.words < 120;
}
