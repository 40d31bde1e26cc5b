import type { Answer } from '../analysis/answer.js';
import type { Change } from '../service/thread-change.js';
import { escapeText } from '../report/escape.js';
import { KIND_LABELS } from '../report/markdown.js';
import { evidenceLabel, quoted } from '../report/types.js';
import type { ThreadSource } from '../conversation/thread-state.js';
import { fitWords, LIMITS } from './limits.js';

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

export function renderAnswer(question: string, answer: Answer & { modelText?: string | undefined; modelNote?: string | undefined }, sources: ThreadSource[]): string {
  // Why the model did not answer (e.g. it was too slow), so the offline answer is not taken for its.
  const note = answer.modelNote ? `_${md(fitWords(answer.modelNote, 200))}_\n` : '';
  if (answer.citations.length === 0) {
    const said = answer.modelText ? `${md(fitWords(answer.modelText, 600))}\n` : '';
    return `${note}${said}No source in this comparison covers that (${sources.map((s) => s.id).join(', ')} were searched). Try other words, or add a source with a link.`;
  }
  const lead = answer.modelText ? `${md(fitWords(answer.modelText, 700))}\nThe sources, in their own words:` : `${note}What the sources say, in their own words:`;
  const head = `**Q:** ${md(fitWords(question, 200))}\n${lead}`;
  const lines = answer.citations.map((c) => `> **[${c.sourceId}]** ${quoted(md(fitWords(c.quote, 450)))}`);
  if (answer.silent.length) lines.push(`_Not covered by ${answer.silent.join(', ')}._`);
  return pack(head, lines, (n) => `_…${n} more passage(s) not shown._`);
}

export function renderChange(change: Omit<Change, 'added' | 'unreadable'> & Partial<Pick<Change, 'added' | 'unreadable'>>, action: string): string {
  const lines: string[] = [];
  for (const a of change.added ?? []) {
    const src = change.report.sources.find((s) => s.id === a.id);
    lines.push(`**${a.id}** ${md(fitWords(a.article.site ?? a.article.title ?? a.label, 100))}${src && !src.sameEvent ? ' · **different event**' : ''}`);
  }
  for (const u of change.unreadable ?? []) lines.push(`**${u.id}** ⚠️ could not be read — ${md(fitWords(u.reason, 200))}`);
  for (const id of change.newlyDifferent) {
    const src = change.report.sources.find((s) => s.id === id);
    lines.push(`**${id}** is now set apart as a different event. ${md(fitWords(src?.notes.at(-1) ?? '', 300))}`);
  }
  const fresh = change.newDiscrepancies.filter((d) => d.kind !== 'event');
  if (fresh.length) lines.push('**New discrepancies:**');
  for (const d of fresh) {
    lines.push(`**${KIND_LABELS[d.kind] ?? d.kind}:** ${md(fitWords(d.summary, 300))}`);
    for (const e of d.evidence) lines.push(`> **${evidenceLabel(e)}:** ${quoted(md(fitWords(e.quote, 250)))}`);
  }
  if (!fresh.length && !change.newlyDifferent.length) lines.push('No new discrepancy.');
  const ids = change.report.sources.map((s) => s.id).join(', ');
  return pack(`${action} Now comparing ${ids}.`, lines, (n) => `_…${n} more line(s); ask in the thread for details._`);
}
