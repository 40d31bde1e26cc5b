/**
 * Text for a terminal with every control character removed: escape sequences (colours, cursor moves,
 * window titles, OSC 8 hyperlinks), other C0 and C1 controls, DEL, and the bidirectional overrides that
 * reorder what is shown. A page or a model cannot rewrite the screen, hide a line or fake a prompt.
 * Newlines and tabs stay.
 */
export function safeForTerminal(text: string): string {
  return text
    .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g, '')
    .replace(/\x1b[P^_X][^\x1b]*(?:\x1b\\)?/g, '')
    .replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, '');
}
