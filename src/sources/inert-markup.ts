/**
 * Scripts (but JSON-LD), styles, inline SVG, navigation and comments carry no article text and are
 * most of a modern page's bytes: dropping them before parsing makes the DOM several times smaller.
 *
 * One left-to-right scan with indexOf, so the cost is linear in the page whatever it holds (a regex
 * with a lazy `[\s\S]*?` up to a closing tag rescans the rest of the page for every unclosed tag).
 */
const INERT = /<(?:(script|style|svg|noscript|template|iframe|select|canvas|video|audio|picture|nav)(?=[\s/>])|!--)/gi;
/** Elements whose content the HTML parser reads as raw text up to their end tag: unclosed, they run to the end. */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'iframe']);

export function withoutInertMarkup(html: string): string {
  const lower = html.toLowerCase();
  const kept: string[] = [];
  // Once a search finds nothing after some position, it finds nothing after any later one either.
  const missing = new Set<string>();
  const find = (needle: string, from: number): number => {
    if (missing.has(needle)) return -1;
    const at = lower.indexOf(needle, from);
    if (at < 0) missing.add(needle);
    return at;
  };
  let copied = 0;
  INERT.lastIndex = 0;
  for (let m = INERT.exec(html); m; m = INERT.exec(html)) {
    const start = m.index;
    const name = m[1]?.toLowerCase();
    let end: number;
    if (!name) {
      const close = find('-->', start + 2);
      end = close < 0 ? -1 : close + 3;
    } else {
      const tagEnd = find('>', start);
      const close = tagEnd < 0 ? -1 : find(`</${name}`, tagEnd);
      if (close < 0 && !RAW_TEXT.has(name)) continue; // left to the parser, which closes it itself
      if (close >= 0 && name === 'script' && /application\/ld\+json/i.test(html.slice(start, tagEnd))) {
        INERT.lastIndex = close + 2;
        continue;
      }
      const closeEnd = close < 0 ? -1 : find('>', close);
      end = closeEnd < 0 ? -1 : closeEnd + 1;
    }
    kept.push(html.slice(copied, start));
    // Unterminated, it runs to the end of the page, as a browser reads it.
    if (end < 0) return kept.join('');
    copied = end;
    INERT.lastIndex = end;
  }
  kept.push(html.slice(copied));
  return kept.join('');
}
