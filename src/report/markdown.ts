import { escapeText as md, plainUrl } from './escape.js';
import { type Discrepancy, evidenceLabel, quoted, type Report, type ReportSource, type Summary } from './types.js';

/** Labels for discrepancy kinds as a reader says them. */
export const KIND_LABELS: Record<string, string> = {
  number: 'Numbers',
  date: 'Dates',
  name: 'Names',
  quote: 'Quotes',
  claim: 'Claims',
  omission: 'Coverage',
  framing: 'Framing',
  event: 'Different event',
};

// Everything a source or a model wrote is escaped (md); a link is only the validated address read.
export function sourceLine(s: ReportSource): string {
  const url = plainUrl(s.url);
  const name = s.site ?? s.title ?? (url ? new URL(url).host : 'Pasted text');
  const title = s.title && s.title !== name ? ` — ${md(s.title)}` : '';
  const date = s.publishedAt ? ` (${md(s.publishedAt.slice(0, 10))})` : '';
  return `**${s.id}** ${md(name)}${title}${date}${url ? ` <${url}>` : ''}`;
}

export function discrepancyLines(d: Discrepancy): string[] {
  return [
    `**${KIND_LABELS[d.kind] ?? d.kind}:** ${md(d.summary)}`,
    ...d.evidence.map((e) => `> **${evidenceLabel(e)}:** ${quoted(md(e.quote))}`),
  ];
}

/** The whole report as Markdown: the CLI's output and the file attached when embeds cannot hold it. */
export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  out.push(`# ${md(report.event?.title ?? 'Comparison')}${report.event?.date ? ` (${md(report.event.date)})` : ''}`, '');
  if (report.event?.summary) out.push(md(report.event.summary), '');
  out.push('## Sources', '');
  for (const s of report.sources) {
    out.push(`- ${sourceLine(s)}, ${s.words} words${s.sameEvent ? '' : ' — **different event**'}`);
    out.push(`  ${md(s.summary)}`);
    for (const n of s.notes) out.push(`  _Note: ${md(n)}_`);
  }
  for (const u of report.unreadable) out.push(`- **${u.id}** ${md(u.input)} — **could not be read:** ${md(u.reason)}`);
  out.push('', '## Where they agree', '');
  if (report.consensus.length === 0) out.push('_No statement is made in closely matching words by two or more sources._');
  for (const c of report.consensus) out.push(`- ${md(c.text)} (${c.sources.join(', ')})`);
  out.push('', '## Where they differ', '');
  const differences = report.discrepancies.filter((d) => d.kind !== 'event');
  if (differences.length === 0) out.push('_No discrepancy found between the sources on the same event._');
  for (const d of differences) out.push(...discrepancyLines(d), '');
  if (report.possible?.length) {
    // Clearly apart from the differences: the engine is not sure of these, the reader checks them.
    out.push('', '## Possible, unchecked', '', '_Not shown as differences: the engine is not sure of these. Check them against the evidence._', '');
    for (const d of report.possible) out.push(...discrepancyLines(d), '');
  }
  const events = report.discrepancies.filter((d) => d.kind === 'event');
  if (events.length) {
    out.push('', '## About a different event', '');
    for (const d of events) out.push(...discrepancyLines(d), '');
  }
  const e = report.engine;
  const engine = e.name === 'llm' ? `${e.model} through the model engine ${e.version}, ${e.calls} call(s)` : e.fallback === undefined ? `${e.name} ${e.version}` : `offline ${e.version} (${e.fallback})`;
  out.push('', `_Engine: ${md(engine)}${e.ms !== undefined ? `, ${e.ms} ms` : ''}._`);
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
