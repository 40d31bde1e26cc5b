import { kindLabel } from '../i18n/kind-labels.js';
import { type Translate, translator } from '../i18n/translate.js';
import { summaryIn } from './describe.js';
import { escapeText as md, plainUrl } from './escape.js';
import { type Discrepancy, evidenceLabel, quoted, type Report, type ReportSource, type Summary } from './types.js';
import { notesIn, sayFallback } from '../i18n/say.js';

// Everything a source or a model wrote is escaped (md); a link is only the validated address read.
export function sourceLine(s: ReportSource): string {
  const url = plainUrl(s.url);
  const name = s.site ?? s.title ?? (url ? new URL(url).host : 'Pasted text');
  const title = s.title && s.title !== name ? ` — ${md(s.title)}` : '';
  const date = s.publishedAt ? ` (${md(s.publishedAt.slice(0, 10))})` : '';
  return `**${s.id}** ${md(name)}${title}${date}${url ? ` <${url}>` : ''}`;
}

export function discrepancyLines(d: Discrepancy, t: Translate = ENGLISH): string[] {
  return [
    `**${kindLabel(d.kind, t)}:** ${md(summaryIn(d, t.language))}`,
    ...d.evidence.map((e) => `> **${evidenceLabel(e)}:** ${quoted(md(e.quote))}`),
  ];
}

const ENGLISH = translator('en');

/**
 * The whole report as Markdown: the CLI's output (English) and the file a Discord reader asks for, in
 * their `locale`: headings and the differences' sentences in it, the sources' words as they wrote them.
 */
export function renderMarkdown(report: Report, locale = 'en'): string {
  const t = translator(locale);
  const out: string[] = [];
  out.push(`# ${md(report.event?.title ?? t('comparisonTitle'))}${report.event?.date ? ` (${md(report.event.date)})` : ''}`, '');
  if (report.event?.summary) out.push(md(report.event.summary), '');
  out.push(`## ${t('mdSources')}`, '');
  for (const s of report.sources) {
    out.push(`- ${sourceLine(s)}, ${t('words', { n: s.words })}${s.sameEvent ? '' : ` — **${t('differentEvent')}**`}`);
    out.push(`  ${md(s.summary)}`);
    for (const n of notesIn(s, t)) out.push(`  _${t('mdNote', { note: md(n) })}_`);
  }
  for (const u of report.unreadable) out.push(`- **${u.id}** ${md(u.input)} — **${t('mdUnreadable')}** ${md(u.reason)}`);
  out.push('', `## ${t('mdAgree')}`, '');
  if (report.consensus.length === 0) out.push(`_${t('noAgreement')}_`);
  for (const c of report.consensus) out.push(`- ${md(c.text)} (${c.sources.join(', ')})`);
  out.push('', `## ${t('mdDiffer')}`, '');
  const differences = report.discrepancies.filter((d) => d.kind !== 'event');
  if (differences.length === 0) out.push(`_${t('mdNoDifference')}_`);
  for (const d of differences) out.push(...discrepancyLines(d, t), '');
  if (report.said?.length) {
    out.push('', `## ${t('mdSaid')}`, '', `_${t('mdSaidNote')}_`, '');
    for (const side of report.said) out.push(`**${md(side.speaker)}**`, ...side.evidence.map((e) => `> **${evidenceLabel(e)}:** ${quoted(md(e.quote))}`), '');
  }
  if (report.possible?.length) {
    // Clearly apart from the differences: the engine is not sure of these, the reader checks them.
    out.push('', `## ${t('mdPossible')}`, '', `_${t('mdPossibleNote')}_`, '');
    for (const d of report.possible) out.push(...discrepancyLines(d, t), '');
  }
  const events = report.discrepancies.filter((d) => d.kind === 'event');
  if (events.length) {
    out.push('', `## ${t('mdEvent')}`, '');
    for (const d of events) out.push(...discrepancyLines(d, t), '');
  }
  const e = report.engine;
  const engine = e.name === 'llm' ? `${e.model} through the model engine ${e.version}, ${e.calls} call(s)` : e.fallback === undefined ? `${e.name} ${e.version}` : `offline ${e.version} (${sayFallback(e.fallback, e.fallbackSaid, t)})`;
  out.push('', `_${t('mdEngine', { engine: `${md(engine)}${e.ms !== undefined ? `, ${e.ms} ms` : ''}` })}._`);
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

export function renderSummaryMarkdown(summary: Summary): string {
  const out = [`# ${md(summary.title ?? 'Summary')}`, ''];
  const facts = [summary.site, summary.byline, summary.publishedAt?.slice(0, 10), `${summary.words} words`].filter(Boolean);
  out.push(md(facts.join(' · ')));
  const url = plainUrl(summary.url);
  if (url) out.push(`<${url}>`);
  out.push('', md(summary.summary), '', '## Key points', '');
  for (const p of summary.keyPoints) out.push(`- ${md(p)}`);
  for (const n of summary.notes) out.push('', `_Note: ${md(n)}_`);
  return out.join('\n') + '\n';
}
