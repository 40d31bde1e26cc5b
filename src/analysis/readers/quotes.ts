import type { Doc } from './document.js';
import { words } from '../text.js';

export interface QuoteMention {
  /** The quoted words, without the quote marks. */
  text: string;
  /** Last name (or organisation) the source gives as speaker, lowercased; undefined when not stated. */
  speaker?: string;
  speakerText?: string;
  /** The sentence (verbatim) that carries the quote, or the quote itself when it spans sentences. */
  context: string;
  words: string[];
  /** How often each word occurs, built once: quotes are compared pairwise. */
  counts: Map<string, number>;
}

const VERB = '(?:said|says|added|told|wrote|stated|noted|declared|insisted|warned|argued|explained|tweeted|posted)';
const NAME = "((?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})";
const AFTER = [new RegExp(`^[,.]?["”]?\\s*${NAME}\\s+${VERB}\\b`, 'u'), new RegExp(`^[,.]?["”]?\\s*${VERB}\\s+${NAME}`, 'u')];
const BEFORE = new RegExp(`${NAME}\\s+${VERB}(?:\\s+[^"“”]{0,60})?[,:]?\\s*$`, 'u');

export function findQuotes(doc: Doc): QuoteMention[] {
  const out: QuoteMention[] = [];
  // A quote opens after a space or a bracket and closes before a space or punctuation: the words between
  // one quotation's closing mark and the next one's opening mark ("…issue," Trump said of the issue.
  // "I want…") are the reporter's, not a quote.
  const re = /(?<=^|[\s([—–])[“"](?=\S)([^“”"]{1,600}?)(?<=\S)[”"](?=$|[\s.,;:!?)\]—–-])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.text)) !== null) {
    const text = m[1]!.trim().replace(/[,.]$/, '');
    const ws = words(text).map((w) => w.toLowerCase());
    if (ws.length < 4 || text.length < 12) continue;
    const start = m.index;
    const end = start + m[0].length;
    const after = doc.text.slice(end, end + 80);
    const before = doc.text.slice(Math.max(0, start - 100), start);
    const speakerText = AFTER.map((r) => r.exec(after)?.[1]).find(Boolean) ?? BEFORE.exec(before)?.[1];
    const sentence = doc.sentences.find((s) => s.start <= start && s.start + s.text.length >= end);
    const counts = new Map<string, number>();
    for (const w of ws) counts.set(w, (counts.get(w) ?? 0) + 1);
    const mention: QuoteMention = { text, context: sentence?.text ?? text, words: ws, counts };
    if (speakerText) {
      mention.speakerText = speakerText.replace(/^the\s+/i, '');
      mention.speaker = mention.speakerText.split(/\s+/).pop()!.toLowerCase().replace(/[.'’]+$/, '');
    }
    out.push(mention);
  }
  return out;
}

/** Share of the shorter quote's words that the longer one also has, in any order. */
export function quoteOverlap(a: QuoteMention, b: QuoteMention): number {
  const [small, large] = a.words.length <= b.words.length ? [a, b] : [b, a];
  let hits = 0;
  for (const [w, n] of small.counts) hits += Math.min(n, large.counts.get(w) ?? 0);
  return hits / small.words.length;
}

/** The words a sentence quotes, lowercased: what someone said in it, as against what the reporter tells. */
function quotedWords(text: string): string[] {
  return [...text.matchAll(/[“"]([^“”"]{12,})[”"]/gu)].flatMap((m) => m[1]!.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);
}

/**
 * Two sentences that each quote someone at length, with few words of their quotations in common, give
 * two utterances ("I hope that we will achieve understanding…" / "We can not think about any
 * alternative…"): said at one press conference, still not one fact the reports agree on.
 */
export function twoUtterances(a: string, b: string): boolean {
  const [x, y] = [quotedWords(a), quotedWords(b)];
  if (x.length < 6 || y.length < 6) return false;
  const have = new Set(y);
  const shared = new Set(x.filter((w) => have.has(w) && w.length > 3)).size;
  return shared < 2;
}
