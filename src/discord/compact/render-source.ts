import type { APIEmbed } from 'discord.js';
import { escapeText, plainUrl } from '../../report/escape.js';
import { summaryIn } from '../../report/describe.js';
import { kindLabel } from '../../i18n/kind-labels.js';
import { evidenceLabel, quoted, type Report, type SourceId } from '../../report/types.js';
import type { Translate } from '../../i18n/translate.js';
import { fitEscaped, fitWords, LIMITS } from '../limits.js';
import { notesIn } from '../../i18n/say.js';

/** What a phone scrolls through comfortably, as a section page. */
const PAGE_CHARS = 1800;
const QUOTE_MAX = 400;

/** Everything a source or a model wrote is made inert before it reaches Discord. */
const md = escapeText;

/**
 * One source of a report, as its select menu opens it: outlet, title, date, length, link, its summary
 * and notes, then each difference it is quoted in with its own words, and what it agrees on with others.
 * Undefined when the report has no such source.
 */
export function renderSourcePage(report: Report, id: SourceId, t: Translate): APIEmbed | undefined {
  const s = report.sources.find((source) => source.id === id);
  if (!s) return undefined;
  const url = plainUrl(s.url);
  const name = s.site ?? s.title ?? (url ? new URL(url).host : t('pastedText'));
  const facts = [s.publishedAt?.slice(0, 10), t('words', { n: s.words }), s.sameEvent ? '' : `**${t('differentEvent')}**`].filter(Boolean).join(' · ');
  const head = [
    ...(s.title && s.title !== name ? [`**${md(fitWords(s.title, 200))}**`] : []),
    facts,
    ...(url ? [`<${url}>`] : []),
    md(fitWords(s.summary, 600)),
    ...notesIn(s, t).map((n) => `_⚠️ ${md(fitWords(n, 200))}_`),
  ].join('\n');
  const quotedIn = report.discrepancies.filter((d) => d.evidence.some((e) => e.sourceId === id));
  const differences = quotedIn.map((d) =>
    [`**${kindLabel(d.kind, t)}:** ${md(fitWords(summaryIn(d, t.language), 300))}`, ...d.evidence.filter((e) => e.sourceId === id).map((e) => `> **${evidenceLabel(e)}:** ${quoted(md(fitWords(e.quote, QUOTE_MAX)))}`)].join('\n'),
  );
  const agreed = report.consensus.filter((c) => c.sources.includes(id)).map((c) => `• ${md(fitWords(c.text, 250))} (${c.sources.join(', ')})`);
  // Whose words this source gives, where other sources give that speaker's words too.
  const said = (report.said ?? []).flatMap((side) =>
    side.evidence.filter((e) => e.sourceId === id).map((e) => `**${md(fitWords(side.speaker, 80))}:** ${quoted(md(fitWords(e.quote, QUOTE_MAX)))}`),
  );
  const parts = [
    head,
    `__${t('sourceEvidence')}__\n${differences.length ? differences.join('\n\n') : `_${t('sourceNoEvidence')}_`}`,
    ...(said.length ? [`__${t('sourceSaid')}__\n${said.join('\n')}`] : []),
    ...(agreed.length ? [`__${t('sourceAgreement')}__\n${agreed.join('\n')}`] : []),
  ];
  return { title: fitEscaped(`${s.id} ${name}`, LIMITS.title, md), color: 0x5865f2, description: fitWords(parts.join('\n\n'), PAGE_CHARS) };
}
