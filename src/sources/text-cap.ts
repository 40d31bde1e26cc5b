import { addNote, type Article, partialNote } from '../report/types.js';

/**
 * The most article text one source brings to the analysis: ~16,000 words, longer than any news
 * story, and what keeps one comparison within seconds (the analysis grows faster than the text).
 */
export const MAX_ARTICLE_CHARS = 100_000;

/** Cuts an article's text at the last paragraph (else sentence, else word) before the cap, and says so. */
export function capArticle(article: Article, max = MAX_ARTICLE_CHARS): Article {
  if (article.text.length <= max) return article;
  const room = article.text.slice(0, max);
  const text = room.slice(0, cutPoint(room)).trim();
  const capped: Article = { ...article, text, notes: [...article.notes], ...(article.noteKeys ? { noteKeys: [...article.noteKeys] } : {}) };
  addNote(capped, `Partial: only the first ${text.length.toLocaleString('en')} characters of a longer text were read.`, partialNote({ key: 'noteCapped', params: { n: text.length } }));
  return capped;
}

function cutPoint(room: string): number {
  const half = room.length / 2;
  const paragraph = room.lastIndexOf('\n\n');
  if (paragraph > half) return paragraph;
  for (let i = room.length - 2; i > half; i--) {
    if ('.!?…'.includes(room[i]!) && /\s/.test(room[i + 1]!)) return i + 1;
  }
  const word = room.lastIndexOf(' ');
  return word > 0 ? word : room.length;
}
