import type { Discrepancy } from '../../report/types.js';
import type { Comparison } from '../context.js';
import { findQuotes, quoteOverlap, type QuoteMention } from '../quotes.js';

const SAME_QUOTE_OVERLAP = 0.6;

/** The same quote worded differently, or given to different speakers. */
export function quoteDiscrepancies(cmp: Comparison): Discrepancy[] {
  const quotes = cmp.docs.map((d) => ({ id: d.id, quotes: findQuotes(d) }));
  const out: Discrepancy[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      for (const a of quotes[i]!.quotes) {
        for (const b of quotes[j]!.quotes) {
          if (quoteOverlap(a, b) < SAME_QUOTE_OVERLAP) continue;
          const key = `${a.text}|${b.text}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const evidence = [
            { sourceId: quotes[i]!.id, quote: a.context },
            { sourceId: quotes[j]!.id, quote: b.context },
          ];
          if (a.speaker && b.speaker && a.speaker !== b.speaker) {
            out.push({
              kind: 'name',
              summary: `The same quote is attributed to ${a.speakerText} by ${quotes[i]!.id} and to ${b.speakerText} by ${quotes[j]!.id}.`,
              evidence,
            });
          } else if (!sameWording(a, b)) {
            out.push({
              kind: 'quote',
              summary: `${quotes[i]!.id} and ${quotes[j]!.id} quote ${a.speakerText ?? b.speakerText ?? 'the same words'} differently.`,
              evidence,
            });
          }
        }
      }
    }
  }
  return out;
}

// One quote being a shorter excerpt of the other is not a rewording.
function sameWording(a: QuoteMention, b: QuoteMention): boolean {
  const norm = (q: QuoteMention) => q.words.join(' ');
  const [x, y] = [norm(a), norm(b)];
  return x.includes(y) || y.includes(x);
}
