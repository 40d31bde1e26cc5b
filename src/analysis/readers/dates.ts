/** Explicit calendar dates in text ("February 12, 2025", "12 Feb 2025", "2025-02-12", "May 2017"). */
import { aheadOf, weekdayDate } from '../weekdays.js';

const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5,
  jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9, nov: 10,
  november: 10, dec: 11, december: 11,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

export interface DateMention {
  text: string;
  /** ISO date (YYYY-MM-DD) or month (YYYY-MM). */
  iso: string;
  date: Date;
}

const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => [number, number, number | undefined] }> = [
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'gi'), read: (m) => [+m[3]!, month(m[1]!), +m[2]!] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'gi'), read: (m) => [+m[3]!, month(m[2]!), +m[1]!] },
  { re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g, read: (m) => [+m[1]!, +m[2]! - 1, +m[3]!] },
  { re: new RegExp(`\\b${MONTH}\\s+((?:19|20)\\d{2})\\b`, 'gi'), read: (m) => [+m[2]!, month(m[1]!), undefined] },
];

function month(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '')] ?? 0;
}

export function findDates(text: string): DateMention[] {
  const found: Array<DateMention & { index: number }> = [];
  const taken: Array<[number, number]> = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const [y, mo, d] = read(m);
      if (mo < 0 || mo > 11 || (d !== undefined && (d < 1 || d > 31))) continue;
      taken.push([start, end]);
      const date = new Date(Date.UTC(y, mo, d ?? 15));
      const iso = d === undefined ? `${y}-${pad(mo + 1)}` : `${y}-${pad(mo + 1)}-${pad(d)}`;
      found.push({ text: m[0], iso, date, index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ index: _index, ...rest }) => rest);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function parseIsoish(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t);
}

export function daysBetween(a: Date, b: Date): number {
  return Math.abs(a.getTime() - b.getTime()) / 86_400_000;
}


/**
 * Days a sentence names, as calendar dates: explicit dates (a month and day without a year take the
 * publication's year), and, when the publication date is known, "today", "yesterday", "tomorrow" and
 * weekdays (`weekdays.ts`: "on Tuesday" is the latest Tuesday on or before publication, as news writes
 * it, the coming one in a plan, "next Tuesday" the one after; "Tuesday, Nov. 1" is the date it gives).
 * Explicit months ("May 2017"), "since 2002" and relative months and years ("last month", "this
 * year") are spans: `iso` is then "YYYY-MM" or "YYYY".
 */
export function datesNamed(sentence: string, published?: Date): DateMention[] {
  const out = findDates(sentence);
  // "Since 2002" starts a state ("has led House Democrats since 2002"): a year, a span like "this year".
  const since = /\bsince\s+((?:19|20)\d{2})\b(?![-–/]\d)/gi;
  for (let s = since.exec(sentence); s !== null; s = since.exec(sentence)) out.push({ text: s[0], iso: s[1]!, date: new Date(Date.UTC(+s[1]!, 6, 1)) });
  if (published) {
    const day = (offset: number) => new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), published.getUTCDate() + offset));
    const push = (text: string, date: Date) => out.push({ text, date, iso: date.toISOString().slice(0, 10) });
    const re = /\b(today|tonight|yesterday|tomorrow|(?:(next|last|this)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday))\b/gi;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) {
      const word = m[1]!.toLowerCase();
      if (word === 'today' || word === 'tonight') push(m[0], day(0));
      else if (word === 'yesterday') push(m[0], day(-1));
      else if (word === 'tomorrow') push(m[0], day(1));
      else if (!new RegExp(`^,?\\s*${MONTH}\\s+\\d{1,2}\\b`, 'i').test(sentence.slice(m.index + m[0].length))) {
        push(m[0], weekdayDate(published, m[3]!, aheadOf(sentence, m.index), m[2]?.toLowerCase()));
      }
    }
    const noYear = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*(?:19|20)\\d{2})`, 'gi');
    while ((m = noYear.exec(sentence)) !== null) {
      const d = Number(m[2]);
      if (d < 1 || d > 31 || out.some((o) => o.text.includes(m![0]))) continue;
      push(m[0], new Date(Date.UTC(published.getUTCFullYear(), month(m[1]!), d)));
    }
    const spans = /\b(last|this|next|earlier this|later this)\s+(month|year)\b/gi;
    while ((m = spans.exec(sentence)) !== null) {
      const step = /^last/i.test(m[1]!) ? -1 : /^next/i.test(m[1]!) ? 1 : 0;
      const yearly = m[2]!.toLowerCase() === 'year';
      const date = yearly
        ? new Date(Date.UTC(published.getUTCFullYear() + step, 6, 1))
        : new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + step, 15));
      out.push({ text: m[0], date, iso: date.toISOString().slice(0, yearly ? 4 : 7) });
    }
  }
  return out;
}

/** Whether two named dates can be the same time: a day inside a month or year named by the other is. */
export function overlaps(a: DateMention, b: DateMention): boolean {
  return a.iso.startsWith(b.iso) || b.iso.startsWith(a.iso);
}
