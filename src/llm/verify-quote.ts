/**
 * Finds a model's quote in a source's text, forgiving only what is not wording: whitespace, the form
 * of quote marks, dashes and apostrophes. Returns the source's own span (never the model's copy), or
 * undefined when the words are not there.
 */
export function locateQuote(sourceText: string, quote: string): string | undefined {
  const { normal, map } = normaliseWithMap(sourceText);
  const needle = normaliseWithMap(quote).normal.trim().replace(/^["']+|["']+$/g, '').trim();
  if (needle.length < 8) return undefined;
  const at = normal.indexOf(needle);
  if (at < 0) return undefined;
  const start = map[at]!;
  const end = map[at + needle.length - 1]! + 1;
  return sourceText.slice(start, end).replace(/\s+/g, ' ').trim();
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
