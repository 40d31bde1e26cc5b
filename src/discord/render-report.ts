import type { APIEmbed } from 'discord.js';
import { escapeText, plainUrl } from '../report/escape.js';
import { renderMarkdown } from '../report/markdown.js';
import { kindLabel } from '../i18n/kind-labels.js';
import { type Discrepancy, evidenceLabel, quoted, type Report, type ReportSource, type Summary } from '../report/types.js';
import { type Translate, translator } from '../i18n/translate.js';
import { fitEscaped, fitWords, LIMITS } from './limits.js';
import { notesIn, sayFallback } from '../i18n/say.js';

const COLOR = { sources: 0x5865f2, agree: 0x57f287, differ: 0xfee75c, event: 0xed4245 } as const;
/** Room kept in the 6,000-character budget for titles, footers and the "more in the file" lines. */
const RESERVE = 600;
const QUOTE_MAX = 350;

export interface RenderedReport {
  embeds: APIEmbed[];
  /** The whole report as Markdown, attached when the embeds could not hold all of it. */
  file?: { name: string; data: Buffer };
}

/** Everything a source or a model wrote goes through this before it reaches Discord. */
const md = escapeText;

/** The report as embeds within Discord's limits; whatever does not fit goes to an attached Markdown file. */
export function renderReportEmbeds(report: Report): RenderedReport {
  let budget = LIMITS.embedsTotal - RESERVE;
  let shortened = false;
  const section = (title: string, color: number, units: string[], empty?: string, cap = LIMITS.description - 100): APIEmbed | undefined => {
    if (units.length === 0 && !empty) return undefined;
    const lines: string[] = [];
    let used = 0;
    let omitted = 0;
    for (const unit of units.length ? units : [empty!]) {
      const cost = unit.length + 2;
      if (used + cost > Math.min(cap, budget)) {
        omitted++;
        continue;
      }
      lines.push(unit);
      used += cost;
      budget -= cost;
    }
    if (omitted) {
      shortened = true;
      lines.push(`_…and ${omitted} more in the attached report._`);
    }
    budget -= title.length;
    return { title, color, description: lines.join('\n\n') };
  };

  const quoteCut = (q: string) => {
    const fitted = fitWords(q, QUOTE_MAX);
    if (fitted !== q) shortened = true;
    return fitted;
  };
  // Every source must be listed, so the more there are, the shorter each one's line.
  const count = report.sources.length + report.unreadable.length;
  const summaryMax = count <= 4 ? 300 : count <= 7 ? 180 : 110;
  const cutSummary = (text: string) => {
    const fitted = fitWords(text, summaryMax);
    if (fitted !== text) shortened = true;
    return fitted;
  };
  const eventTitle = report.event?.title ? `Compare: ${fitEscaped(report.event.title, LIMITS.title - 9, md)}` : 'Comparison';
  // A different event's reason is told in its own section; every other note stays with its source.
  const shownElsewhere = report.discrepancies.filter((d) => d.kind === 'event').map((d) => d.summary).join(' ');
  const events = report.discrepancies.filter((d) => d.kind === 'event');
  // The shared story, in the sources' own sentences; the whole of it is in the attached report if cut.
  const storyText = report.event?.summary ?? '';
  const story = storyText ? [`_${md(fitWords(storyText, 600))}_`] : [];
  if (storyText.length > 600) shortened = true;
  const sources = section(eventTitle, COLOR.sources, [
    ...story,
    ...report.sources.map((s) => sourceUnit(s, cutSummary, count > 7 ? 60 : 120, shownElsewhere)),
    ...report.unreadable.map((u) => `**${u.id}** ⚠️ could not be read — ${md(fitWords(u.reason, 200))}`),
  ]);
  const agree = section('Where they agree', COLOR.agree, report.consensus.map((c) => `• ${md(quoteCut(c.text))} (${c.sources.join(', ')})`), '_No statement is made in closely matching words by two or more sources._', 1200);
  // What sets a source apart as another event is shown whatever the number of discrepancies.
  const eventUnits = events.map((d) => discrepancyUnit(d, quoteCut));
  const eventReserve = Math.min(900, eventUnits.reduce((n, u) => n + u.length + 2, 0));
  const differences = report.discrepancies.filter((d) => d.kind !== 'event').map((d) => discrepancyUnit(d, quoteCut));
  const differ = section('Where they differ', COLOR.differ, differences, '_No discrepancy found between the sources on the same event._', Math.min(LIMITS.description - 100, budget - eventReserve));
  const event = section('About a different event', COLOR.event, eventUnits, undefined, 900);
  const embeds = [sources, agree, differ, event].filter((e): e is APIEmbed => !!e);

  const last = embeds[embeds.length - 1]!;
  last.footer = { text: fitWords(`Parallax · ${engineLine(report)} · quotes are verbatim; ask follow-ups in the thread`, LIMITS.footer) };
  const rendered: RenderedReport = { embeds };
  if (shortened) rendered.file = { name: 'parallax-report.md', data: Buffer.from(renderMarkdown(report), 'utf8') };
  return rendered;
}

/** Which engine wrote the report, and why the model was not used when it was not. */
export function engineLine(report: Report, t: Translate = translator('en')): string {
  const e = report.engine;
  if (e.name === 'llm') {
    const dropped = e.dropped.quotes || e.dropped.findings ? t('engineDropped', { n: e.dropped.quotes }) : '';
    return `${t('engineModel', { model: e.model })}${dropped}`;
  }
  return e.fallback === undefined ? t('engineName', { name: e.name, version: e.version }) : t('engineFallback', { reason: sayFallback(e.fallback, e.fallbackSaid, t) });
}

function sourceUnit(s: ReportSource, cutSummary: (t: string) => string, titleMax: number, shownElsewhere: string): string {
  const url = plainUrl(s.url);
  const name = md(fitWords(s.site ?? s.title ?? (url ? new URL(url).host : 'Pasted text'), 80));
  const title = s.title && s.title !== (s.site ?? s.title) ? ` — ${md(fitWords(s.title, titleMax))}` : '';
  // Only the address Parallax read, validated and printed plainly: never a masked link a page could word.
  const link = url ? ` <${url}>` : '';
  const tag = s.sameEvent ? '' : ' · **different event**';
  const notes = s.notes.filter((n) => !shownElsewhere.includes(n)).map((n) => `\n_⚠️ ${md(fitWords(n, 200))}_`).join('');
  return `**${s.id}** ${name}${title}${link} · ${s.words} words${tag}\n${md(cutSummary(s.summary))}${notes}`;
}

function discrepancyUnit(d: Discrepancy, quoteCut: (q: string) => string): string {
  const label = kindLabel(d.kind, translator('en'));
  return [`**${label}:** ${md(fitWords(d.summary, 500))}`, ...d.evidence.map((e) => `> **${evidenceLabel(e)}:** ${quoted(md(quoteCut(e.quote)))}`)].join('\n');
}

/** /summarize's answer: the bot's own words in the reader's language (`t`), the source's sentences as written. */
export function renderSummaryEmbed(summary: Summary, t: Translate = translator('en')): APIEmbed {
  const facts = [summary.site, summary.byline, summary.publishedAt?.slice(0, 10), t('words', { n: summary.words })].filter(Boolean).join(' · ');
  const points = summary.keyPoints.map((p) => `• ${md(fitWords(p, 400))}`).join('\n');
  const notes = notesIn(summary, t).map((n) => `\n_⚠️ ${md(n)}_`).join('');
  const embed: APIEmbed = {
    title: fitEscaped(summary.title ?? t('summaryTitle'), LIMITS.title, md),
    color: COLOR.sources,
    description: fitWords(`${md(facts)}\n\n${md(summary.summary)}\n\n**${t('keyPoints')}**\n${points}${notes}`, LIMITS.description),
    footer: { text: t('summaryFooter') },
  };
  const url = plainUrl(summary.url);
  if (url) embed.url = url;
  return embed;
}

