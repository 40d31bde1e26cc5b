/**
 * Rules that tell page furniture from article text, for any site: what an element's class or id says
 * it is, how much of it is links, and what a short paragraph says (dates, bylines, credits, promos).
 * General rules only — nothing here names a site.
 */

/** Class or id tokens of elements that hold furniture inside an article body. */
const FURNITURE_ATTR =
  /(?:^|[\s_-])(share|sharing|sharebar|social|related|recirc|recommended|newsletter|promo|subscribe|subscription|signup|byline|bylines|author|authors|caption|credit|credits|timestamp|dateline|breadcrumbs?|tags|comments?|advert|adverts|ads?|advertisement|sponsor|sponsored|outbrain|taboola|trending|popular|disclaimer|copyright|toolbar|more-from|read-more|readmore|see-also|inline-ad|ad-container|print|hidden|visually-hidden|sr-only)(?:$|[\s_-])/i;

export function looksLikeFurniture(element: { getAttribute(name: string): string | null }): boolean {
  const attrs = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return attrs.trim() !== '' && FURNITURE_ATTR.test(attrs);
}

// "By Ana Ruiz", "By Ana Ruiz and Li Wei - Nov 19": a name, then nothing or a separator. "By the end…" is prose.
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and\s+\p{Lu}|[-–—|•]|$))/u;
const STAMP = /^\|?\s*(updated|published|posted|first published|last updated|last modified|modified|created)\b/i;
const CREDIT =
  /\((?:[^()]*\b(?:image|images|photo|photos|picture|pictures|credit|illustration|video|file)\b[^()]*)\)\s*$|^(?:©|\(c\)|copyright\b)|^(?:[^|]{2,60}\|){1,3}\s*(?:getty images|reuters|afp|ap|bloomberg|epa|shutterstock)\s*$/i;
const PROMO =
  /^(related( stories| articles| coverage| content)?:?|more:|more from\b|see more\b|see also\b|read more\b|read next\b|also read\b|also on\b|don'?t miss\b|you may also like|you might also like|recommended\b|latest news\b|most read\b|trending\b|advert(isement)?\b|sponsored\b|continue reading\b|sign in\b|log in\b|subscribe\b|skip to (main )?content\b|share this\b|share on\b|like this (story|article)\b|post (a )?comment\b|leave a (comment|reply)\b|tell us what you think\b|comments?\b|view comments\b|breaking news emails\b|click here\b|follow (us|him|her|them|me)\b|get the latest\b|sign up\b|join (our|the) [\w ]+ (newsletter|forum|community)|this (slideshow|video|content) requires javascript|enable javascript\b|watch:|listen:|download:|source:|image source\b|story timeline\b)/i;
const NEWSLETTER = /\b(newsletters?|inbox|sign up|subscribe|subscription)\b/i;

interface ParagraphRule {
  name: string;
  /** Paragraphs longer than this (in words) are never dropped by this rule. */
  maxWords: number;
  test(paragraph: string, title?: string): boolean;
}

/**
 * What makes a paragraph of extracted text furniture rather than the article. Long paragraphs are
 * never dropped by wording alone: the rules apply to the short lines sites scatter around a story.
 */
export const PARAGRAPH_RULES: ParagraphRule[] = [
  { name: 'headline repeated', maxWords: Infinity, test: (p, title) => !!title && normalise(p) === normalise(title) },
  { name: 'photo credit or caption', maxWords: 40, test: (p) => CREDIT.test(p) },
  { name: 'promo or widget line', maxWords: 25, test: (p) => PROMO.test(p) },
  { name: 'byline or timestamp', maxWords: 14, test: (p) => BYLINE.test(p) || STAMP.test(p) },
  { name: 'newsletter pitch', maxWords: 30, test: (p) => NEWSLETTER.test(p) && !/["“”]/.test(p) },
];

export function isFurnitureParagraph(paragraph: string, title?: string): boolean {
  const words = paragraph.split(/\s+/).length;
  return PARAGRAPH_RULES.some((rule) => words <= rule.maxWords && rule.test(paragraph, title));
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
