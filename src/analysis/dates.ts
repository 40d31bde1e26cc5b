/** Explicit calendar dates in text ("February 12, 2025", "12 Feb 2025", "2025-02-12", "May 2017"). */

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
