/** Text primitives shared by every analysis step: whitespace, sentences, tokens, stems. Pure. */

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt insp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc ltd co corp dept est approx fig ' +
    'al e.g i.e u.s u.k u.n e.u a.m p.m d.c n.y l.a'
  ).split(' '),
);

export interface SentenceSpan {
  text: string;
  /** Offset in the text the sentences were split from. */
  start: number;
}

/**
 * Splits one paragraph (whitespace already collapsed) into sentences. Each sentence is an exact
 * substring of the input, so quotes built from sentences stay verbatim.
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  // A terminator, optional closing quotes/brackets, then a space and something that can start a sentence.
  const boundary = /([.!?…]+)(["'”’)\]]*)\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(paragraph)) !== null) {
    const end = match.index + match[1]!.length + match[2]!.length;
    if (match[1] === '.' && !match[2] && isAbbreviationBefore(paragraph, match.index)) continue;
    pushSpan(out, paragraph, start, end);
    start = match.index + match[0].length;
  }
  pushSpan(out, paragraph, start, paragraph.length);
  return out;
}

function pushSpan(out: SentenceSpan[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ text: trimmed, start: start + lead });
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initials ("J. Smith") and dotted acronyms ("U.S.") do not end sentences.
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say told according would could may might must shall one two also its it’s that’s there’s ' +
    'mr mrs ms yet still even though however meanwhile already much many well like get got since via per ' +
    'new year years day days week weeks month months today yesterday tomorrow'
  ).split(/\s+/),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Words as they appear (letters, digits, inner apostrophes and hyphens). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * A light suffix stemmer: enough to match "agreed"/"agree", "strikes"/"strike", "talks"/"talk".
 * Deliberately conservative: a wrong merge creates false agreements, a missed one only lowers recall.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '');
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  // Demonyms match their country: "Syrian" ~ "Syria", "Korean" ~ "Korea".
  if (w.length > 5 && (w.endsWith('ian') || w.endsWith('ean'))) return w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ians')) return w.slice(0, -2);
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

// Irregular past forms of verbs common in news, so "spoke" matches "speaking".
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    'spoke:speak spoken:speak told:tell met:meet won:win lost:lose fell:fall fallen:fall rose:rise risen:rise ' +
    'began:begin begun:begin took:take taken:take gave:give given:give came:come went:go gone:go made:make ' +
    'held:hold left:leave sent:send struck:strike shot:shoot fought:fight sought:seek brought:bring ' +
    'thought:think bought:buy caught:catch chose:choose chosen:choose drew:draw drawn:draw drove:drive ' +
    'driven:drive flew:fly flown:fly grew:grow grown:grow knew:know known:know led:lead paid:pay ran:run ' +
    'saw:see seen:see sold:sell stood:stand wrote:write written:write broke:break broken:break ' +
    'killed:kill died:die dead:die deaths:die death:die injured:injur wounded:wound arrested:arrest ' +
    'agreed:agre agreeing:agre agreement:agre agreements:agre'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

function undouble(w: string): string {
  return /([bdgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/**
 * Whether two words (lowercased) are one root in two forms: "Somali"/"Somalia", "Canada"/"Canadian",
 * "meteor"/"meteorite". They agree on all of the shorter one but for its last letter, and on at least
 * four letters: not "Austria"/"Australia".
 */
export function sharesRoot(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= Math.min(a.length, b.length) - 1 && i >= 4;
}

/**
 * A set of words in which a word is also found in another form of its root ("Nicaraguan" where the set
 * has "Nicaragua"). Words of five letters or more are indexed by their first five, so a root is looked
 * up among a few words, not all of them.
 */
export class RootedWords {
  private readonly byPrefix = new Map<string, string[]>();

  constructor(readonly words: ReadonlySet<string>) {
    for (const w of words) {
      if (w.length < 5) continue;
      const key = w.slice(0, 5);
      (this.byPrefix.get(key) ?? this.byPrefix.set(key, []).get(key)!).push(w);
    }
  }

  /** Whether the set has `word` itself or another form of its root; with digits only itself ("SARS-CoV-4" is not a form of "SARS-CoV-2"). */
  hasRootOf(word: string): boolean {
    if (this.words.has(word)) return true;
    return word.length >= 5 && !/\d/.test(word) && (this.byPrefix.get(word.slice(0, 5))?.some((w) => sharesRoot(w, word)) ?? false);
  }
}

/** Content stems of a text: lowercased, stopwords and one-letter tokens removed, stemmed. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const lower = w.toLowerCase();
    if (lower.length < 2 || STOPWORDS.has(lower) || /^\d+$/.test(lower)) continue;
    out.push(stem(lower.replace(/-/g, '')));
  }
  return out;
}

/** Runs of capitalised words that are not sentence-initial function words: a cheap named-entity pass. */
export function properNames(sentence: string): string[] {
  const names: string[] = [];
  // Digits belong to a name they are glued to: "COVID-19", "SARS-CoV-2", "G7".
  const re = /\b(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:of|the|de|al|bin|van|von|du|la|y)?\s*\p{Lu}[\p{L}\p{N}'’.-]*)*)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    const name = m[1]!.replace(/[.’'-]+$/u, '').trim();
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (name.split(/\s+/).length === 1 && STOPWORDS.has(first)) continue;
    if (name.length < 2) continue;
    names.push(name);
  }
  return names;
}

/** "S1", "S1 and S2", "S1, S2 and S3". */
export function list(ids: readonly string[]): string {
  if (ids.length <= 1) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}
