/** Discord's message and embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedsTotal: 6000,
  embeds: 10,
  threadName: 100,
} as const;

/** Shortens text to `max` characters at a word boundary, marking the cut with "…". Never mid-word. */
export function fitWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - 1));
  const cut = room.replace(/\s+\S*$/, '');
  // A backslash left at the end would escape the ellipsis instead of the character it was for.
  return `${(cut.length > 0 ? cut : room).trimEnd().replace(/\\+$/, (run) => run.slice(run.length % 2))}…`;
}

/** Escapes text, then fits it: the escaped form (which is longer) is what must stay within `max`. */
export function fitEscaped(text: string, max: number, escape: (s: string) => string): string {
  let room = max;
  let out = escape(fitWords(text, room));
  while (out.length > max && room > 1) {
    room = Math.max(1, Math.floor((room * max) / out.length) - 1);
    out = escape(fitWords(text, room));
  }
  return out;
}
