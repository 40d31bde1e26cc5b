import type { Answer } from '../analysis/answer.js';
import type { Change } from '../service/thread-change.js';
import { escapeText } from '../report/escape.js';
import { summaryIn } from '../report/describe.js';
import { kindLabel } from '../i18n/kind-labels.js';
import { evidenceLabel, quoted, type Said } from '../report/types.js';
import type { ThreadSource } from '../conversation/thread-state.js';
import { type Translate, translator } from '../i18n/translate.js';
import { fitWords, LIMITS } from './limits.js';
import { notesIn, sayFallback } from '../i18n/say.js';

const ENGLISH = translator('en');

/** Everything a source, a model or a user wrote goes through this before it reaches Discord. */
const md = escapeText;

/** Packs lines into one message of at most 2,000 characters; lines that do not fit are counted, not cut. */
function pack(head: string, lines: string[], moreLabel: (n: number) => string): string {
  let out = head;
  let omitted = 0;
  for (const line of lines) {
    if (out.length + line.length + 1 + 60 > LIMITS.content) omitted++;
    else out += `\n${line}`;
  }
  return omitted ? `${out}\n${moreLabel(omitted)}` : out;
}

/** An answer from a thread's sources; the bot's own words in the reader's language (`t`), the sources' as they wrote them. */
export function renderAnswer(
  question: string,
  answer: Answer & { modelText?: string | undefined; modelNote?: string | undefined; modelNoteSaid?: Said | undefined },
  sources: ThreadSource[],
  t: Translate = ENGLISH,
): string {
  // Why the model did not answer (e.g. it was too slow), so the offline answer is not taken for its.
  const note = answer.modelNote ? `_${md(fitWords(sayFallback(answer.modelNote, answer.modelNoteSaid, t), 200))}_\n` : '';
  if (answer.citations.length === 0) {
    const said = answer.modelText ? `${md(fitWords(answer.modelText, 600))}\n` : '';
    return `${note}${said}${t('notCovered', { ids: sources.map((s) => s.id).join(', ') })}`;
  }
  const lead = answer.modelText ? `${md(fitWords(answer.modelText, 700))}\n${t('sourcesWords')}` : `${note}${t('sourcesSay')}`;
  const head = `**Q:** ${md(fitWords(question, 200))}\n${lead}`;
  const lines = answer.citations.map((c) => `> **[${c.sourceId}]** ${quoted(md(fitWords(c.quote, 450)))}`);
  if (answer.silent.length) lines.push(`_${t('notCoveredBy', { ids: answer.silent.join(', ') })}_`);
  return pack(head, lines, (n) => `_${t('morePassages', { n })}_`);
}

/** What adding or dropping sources changed, after `action` ("Added S3."), in the reader's language (`t`). */
export function renderChange(change: Omit<Change, 'added' | 'unreadable'> & Partial<Pick<Change, 'added' | 'unreadable'>>, action: string, t: Translate = ENGLISH): string {
  const lines: string[] = [];
  for (const a of change.added ?? []) {
    const src = change.report.sources.find((s) => s.id === a.id);
    lines.push(`**${a.id}** ${md(fitWords(a.article.site ?? a.article.title ?? a.label, 100))}${src && !src.sameEvent ? ` · **${t('differentEvent')}**` : ''}`);
  }
  for (const u of change.unreadable ?? []) lines.push(`**${u.id}** ⚠️ ${t('couldNotRead')} — ${md(fitWords(u.reason, 200))}`);
  for (const id of change.newlyDifferent) {
    const src = change.report.sources.find((s) => s.id === id);
    lines.push(`${t('nowDifferent', { id: `**${id}**` })} ${md(fitWords(src ? (notesIn(src, t).at(-1) ?? '') : '', 300))}`);
  }
  const fresh = change.newDiscrepancies.filter((d) => d.kind !== 'event');
  if (fresh.length) lines.push(`**${t('newDiscrepancies')}**`);
  for (const d of fresh) {
    lines.push(`**${kindLabel(d.kind, t)}:** ${md(fitWords(summaryIn(d, t.language), 300))}`);
    for (const e of d.evidence) lines.push(`> **${evidenceLabel(e)}:** ${quoted(md(fitWords(e.quote, 250)))}`);
  }
  if (!fresh.length && !change.newlyDifferent.length) lines.push(t('noNewDiscrepancy'));
  const ids = change.report.sources.map((s) => s.id).join(', ');
  return pack(`${action} ${t('nowComparing', { ids })}`, lines, (n) => `_${t('moreLines', { n })}_`);
}
