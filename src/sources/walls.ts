/** Phrases that mark a page as a wall in front of the article, not the article. */
const WALLS: Array<[RegExp, string]> = [
  [/\b(subscribe|subscription) (now )?to (continue|keep) reading\b|\bthis (article|content) is (only )?(available|for) (to )?(subscribers|members)\b|\balready a subscriber\b/i, 'a paywall'],
  [/\b(sign|log) in to (continue|read|view)\b|\bcreate (a|an|your free) account to (continue|read)\b/i, 'a login wall'],
  [/\b(we|this site) uses? cookies\b.{0,200}\b(accept|agree|consent)\b|\bmanage (your )?(cookie|privacy) (preferences|settings)\b|\bbefore you continue\b/i, 'a cookie or consent notice'],
  [/\b(page|article) (was )?not found\b|\b404\b.{0,40}\bnot found\b|\bthe page you (are looking|were looking|requested)\b/i, 'a "not found" page'],
  [/\b(enable|turn on) javascript\b|\bplease verify you are (a )?human\b|\bchecking your browser\b/i, 'a bot check'],
];

export function detectWall(document: { body?: { textContent: string | null } | null; title?: string }): string | undefined {
  const text = `${document.title ?? ''} ${document.body?.textContent ?? ''}`.replace(/\s+/g, ' ').slice(0, 20_000);
  return WALLS.find(([re]) => re.test(text))?.[1];
}
