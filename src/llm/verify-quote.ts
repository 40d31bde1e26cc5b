/**
 * Finds a model's quote in a source's text, forgiving only what is not wording: whitespace, the form
 * of quote marks, dashes and apostrophes. The match must start and end on word and number boundaries
 * ("Officials said 1" is not a quote of "Officials said 12"). Returns the source's own span (never the
 * model's copy), or undefined when the words are not there.
 */
export function locateQuote(sourceText: string, quote: string, minLength = 8): string | undefined {
  const span = findSpan(sourceText, quote, minLength);
  return span ? sourceText.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : undefined;
}

/** Where a quote is in the source (indexes into `sourceText`), at word boundaries. */
export function findSpan(sourceText: string, quote: string, minLength = 8): { start: number; end: number } | undefined {
  const { normal, map } = normaliseWithMap(sourceText);
  const needle = normaliseWithMap(quote).normal.trim().replace(/^["']+|["']+$/g, '').trim();
  if (needle.length < minLength) return undefined;
  for (let at = normal.indexOf(needle); at >= 0; at = normal.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (isBoundary(normal, at) && isBoundary(normal, end)) return { start: map[at]!, end: map[end - 1]! + 1 };
  }
  return undefined;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{N}/u;

/** Whether a span may begin or end at index `i`: not inside a word, nor inside a number such as 12.5 or 1,200. */
function isBoundary(s: string, i: number): boolean {
  const before = s[i - 1];
  const after = s[i];
  if (before === undefined || after === undefined) return true;
  if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) return false;
  const inNumber = (a: string | undefined, sep: string | undefined, b: string | undefined) => !!a && !!b && DIGIT.test(a) && (sep === '.' || sep === ',') && DIGIT.test(b);
  return !inNumber(before, after, s[i + 1]) && !inNumber(s[i - 2], before, after);
}

// Words that deny what follows them in their clause: "not", "never", "denied that", "it is not true that".
const NEGATOR = /(?:^|[^\p{L}])(?:not|no|never|none|nor|neither|nobody|nothing|cannot|deny|denies|denied|denying|false|untrue|rejected|refuted|dismissed)(?![\p{L}])|n['’]t(?![\p{L}])/iu;

/**
 * Whether the clause a span sits in negates it: one of the denying words among the few words before
 * the span in the same clause ("It is not true that the council agreed…" quoted as "the council
 * agreed…"). A quote so cut says the opposite of its source and is not support.
 */
export function isNegatedInSource(sourceText: string, start: number): boolean {
  const before = sourceText.slice(Math.max(0, start - 160), start);
  const clause = before.split(/[.!?;:,()\u2014\u2013]/).pop() ?? '';
  return NEGATOR.test(clause.trim().split(/\s+/).slice(-8).join(' '));
}

const FOLD: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"', '″': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '`': "'",
  '–': '-', '—': '-', '‒': '-', '―': '-', '\u00a0': ' ',
};

/** The text folded for matching, with the index in the original of every folded character. */
function normaliseWithMap(text: string): { normal: string; map: number[] } {
  let normal = '';
  const map: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    const ch = FOLD[text[i]!] ?? text[i]!;
    if (/\s/.test(ch)) {
      if (lastSpace) continue;
      normal += ' ';
      map.push(i);
      lastSpace = true;
      continue;
    }
    normal += ch;
    map.push(i);
    lastSpace = false;
  }
  return { normal, map };
}
