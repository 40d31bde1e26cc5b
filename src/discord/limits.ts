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
  return `${(cut.length > 0 ? cut : room).trimEnd()}…`;
}
