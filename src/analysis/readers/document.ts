import type { Article, SourceId } from '../../report/types.js';
import { collapseWhitespace, contentStems, countWords } from '../text.js';
import { properNames } from './names.js';
import { splitSentences } from './sentences.js';

/** One sentence of a source, with the features every analysis step reads. */
export interface Sentence {
  sourceId: SourceId;
  index: number;
  /** Verbatim text: a substring of the document's collapsed text. */
  text: string;
  start: number;
  paragraph: number;
  /** Position of the sentence in the body, 0 = lead; used to prefer early sentences. */
  rank: number;
  stems: string[];
  stemSet: Set<string>;
  names: string[];
}

/** A source prepared for analysis. `text` is the article body with whitespace collapsed. */
export interface Doc {
  id: SourceId;
  article: Article;
  text: string;
  words: number;
  /** Sentences of body paragraphs: headings, captions and page furniture are left out. */
  sentences: Sentence[];
  titleStems: string[];
}

// Captions, credits and page furniture: text that sits in an article's body but is not the story.
const FURNITURE = [
  /\((?:[^)]*\b(?:photo|image|picture|file)\b[^)]*)\)\s*$/i,
  /\bphoto credit\b|\bphotograph:|\bphoto:|\bimage:|\bgetty images\b|\bpicture alliance\b/i,
  /^(?:trending|sponsored|advertisement|related|read more|recommended|sign up|subscribe|share this|follow us|more from)\b/i,
  /^[•·▪‣◦*-]\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$/u,
];

export function isFurniture(paragraph: string): boolean {
  return FURNITURE.some((re) => re.test(paragraph));
}

/** A line with no sentence ending and few words reads as a heading, not as a statement of fact. */
export function isHeading(paragraph: string): boolean {
  return !/[.!?…"”'’:;)]$/u.test(paragraph) && countWords(paragraph) <= 14;
}

export function buildDoc(id: SourceId, article: Article): Doc {
  const paragraphs = article.text.split(/\n+/).map(collapseWhitespace).filter(Boolean);
  const title = article.title ? collapseWhitespace(article.title).toLowerCase() : '';
  const sentences: Sentence[] = [];
  // A text made only of heading-like lines (a headline, a one-line claim) is all statement.
  const onlyHeadings = paragraphs.every((para) => isFurniture(para) || isHeading(para));
  let offset = 0;
  paragraphs.forEach((para, p) => {
    const skip = isFurniture(para) || (isHeading(para) && !onlyHeadings) || (para.toLowerCase() === title && !onlyHeadings);
    if (!skip) {
      for (const span of splitSentences(para)) {
        const stems = contentStems(span.text);
        sentences.push({
          sourceId: id,
          index: sentences.length,
          text: span.text,
          start: offset + span.start,
          paragraph: p,
          rank: sentences.length,
          stems,
          stemSet: new Set(stems),
          names: properNames(span.text),
        });
      }
    }
    offset += para.length + 1;
  });
  const text = paragraphs.join(' ');
  return { id, article, text, words: countWords(text), sentences, titleStems: contentStems(article.title ?? '') };
}
