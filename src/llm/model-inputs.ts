import { createHash } from 'node:crypto';
import type { Article, SourceId } from '../report/types.js';
import { PROMPT_VERSION } from './prompts.js';

/**
 * What the model engine sends: an article cut into chunks the model's context holds, the key its
 * cached answer is kept under, and the language it is asked to write in.
 */

/** Cuts a text at paragraph breaks into pieces of at most about `size` characters. */
export function chunk(text: string, size: number): string[] {
  if (text.length <= size) return [text];
  const out: string[] = [];
  let current = '';
  for (const para of text.split(/\n\s*\n/)) {
    if (current && current.length + para.length + 2 > size) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${para}` : para.slice(0, size);
  }
  if (current) out.push(current);
  return out;
}

export function cacheKey(model: string, language: string, sources: Array<{ id: SourceId; article: Article }>): string {
  const h = createHash('sha256').update(JSON.stringify([model, PROMPT_VERSION, language, sources.map((s) => [s.id, s.article.title ?? '', s.article.text])]));
  return h.digest('hex');
}

/** "de" → "German"; English when the locale is missing or unknown. */
export function languageNameOf(locale?: string): string {
  if (!locale) return 'English';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? 'English';
  } catch {
    return 'English';
  }
}
