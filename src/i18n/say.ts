import type { KeyedNote, Said } from '../report/types.js';
import type { Translate } from './translate.js';

/**
 * A said sentence in the translator's language: numbers formatted for it (a fraction, and a
 * similarity always, with two decimals, as the English notes give them), a said param said first.
 */
export function say(said: Said, t: Translate): string {
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.params ?? {})) {
    vars[name] = typeof value === 'object' ? say(value, t) : typeof value === 'number' ? formatNumber(value, t.language, TWO_DECIMALS.has(name)) : value;
  }
  // A formatted count still picks its plural form: "1" is one, "1.234" or "1,234" (a thousand or more) is many.
  return t(said.key, vars);
}

/** Params with each said sentence among them said in the translator's language; the others as they are. */
export function sayParams(params: Said['params'] | undefined, t: Translate): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) out[name] = typeof value === 'object' ? say(value, t) : value;
  return out;
}

/** A note in the translator's language when it has a key, else as it is (in English). */
export function sayNote(note: string, keys: readonly KeyedNote[] | undefined, t: Translate): string {
  if (t.language === 'en') return note;
  const keyed = keys?.find((k) => k.note === note);
  return keyed ? say(keyed, t) : note;
}

/** Every note of a source or a summary in the translator's language (each without a key in English). */
export function notesIn(of: { notes: readonly string[]; noteKeys?: readonly KeyedNote[] | undefined }, t: Translate): string[] {
  return of.notes.map((n) => sayNote(n, of.noteKeys, t));
}

/** Why the model was not used (an engine's `fallback`), in the translator's language when it has a key. */
export function sayFallback(fallback: string, said: Said | undefined, t: Translate): string {
  return said && t.language !== 'en' ? say(said, t) : fallback;
}

/** The sentences of a said note (an event discrepancy's reasons), or the English note when it has none. */
export function sayAll(note: string | undefined, said: readonly Said[] | undefined, t: Translate): string | undefined {
  return said?.length && t.language !== 'en' ? said.map((s) => say(s, t)).join(' ') : note;
}

/** Params the English gives with two decimals whatever their value ("similarity 0.00"). */
const TWO_DECIMALS = new Set(['similarity']);
const FORMATS = new Map<string, Intl.NumberFormat>();

function formatNumber(value: number, language: string, twoDecimals = false): string {
  const fraction = twoDecimals || !Number.isInteger(value);
  const id = `${language}:${fraction}`;
  const format =
    FORMATS.get(id) ??
    FORMATS.set(id, new Intl.NumberFormat(language, fraction ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : {})).get(id)!;
  return format.format(value);
}
