import { type APIActionRowComponent, type APIButtonComponent, type APIButtonComponentWithCustomId, type APIComponentInMessageActionRow, type APIEmbed, ButtonStyle, ComponentType } from 'discord.js';
import { escapeText, plainUrl } from '../../report/escape.js';
import { summaryIn } from '../../report/describe.js';
import { kindLabel } from '../../i18n/kind-labels.js';
import { type Discrepancy, evidenceLabel, quoted, type Report } from '../../report/types.js';
import type { Translate } from '../../i18n/translate.js';
import { fitEscaped, fitWords } from '../limits.js';
import { engineLine } from '../engine-line.js';
import { customId } from './custom-ids.js';

/** What a phone shows whole without scrolling past the message. */
export const COMPACT_MAX = 1500;
const TOP = 3;
const COLOR = 0x5865f2;

export interface CompactView {
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIComponentInMessageActionRow>>;
}

/** Everything a source or a model wrote is made inert before it reaches Discord. */
const md = escapeText;

/**
 * The first view of a report: the story in one line, the counts, the three most important differences
 * (the engine orders them, most important first) with each source's words, and the buttons that open
 * the rest privately. Title, description and footer together stay within COMPACT_MAX characters.
 */
export function renderCompact(report: Report, reportId: string, t: Translate): CompactView {
  const title = report.event?.title ? t('compareTitle', { title: fitEscaped(report.event.title, 190, md) }) : t('comparisonTitle');
  const footer = fitWords(t('footer', { engine: engineLine(report, t) }), 200);
  const differences = report.discrepancies.filter((d) => d.kind !== 'event');
  const otherEvents = report.sources.filter((s) => !s.sameEvent).length;

  const counts = [
    t('differences', { n: differences.length }),
    ...(otherEvents ? [t('otherEvents', { n: otherEvents })] : []),
    ...(report.unreadable.length ? [t('unreadable', { n: report.unreadable.length })] : []),
    t('agreements', { n: report.consensus.length }),
  ].join(' · ');
  const story = oneLine(report);
  const head = [...(story ? [`_${md(fitWords(story, 220))}_`] : []), `**${counts}**`].join('\n');
  const sources = fitWords(sourcesLine(report, t), 300);

  let room = COMPACT_MAX - title.length - footer.length - head.length - sources.length - 80;
  const top = differences.slice(0, TOP);
  const more = differences.length - top.length;
  const moreLine = more > 0 ? `_${t('moreDifferences', { n: more })}_` : '';
  room -= moreLine.length;
  const units = top.map((d, i) => {
    const unit = differenceUnit(d, i + 1, Math.floor(room / (top.length - i)), t);
    room -= unit.length + 1;
    return unit;
  });
  const body = units.length ? [`**${t('topDifferences')}**`, ...units, ...(moreLine ? [moreLine] : [])].join('\n') : `_${t('noDifferences')}_`;

  const embed: APIEmbed = { title, color: COLOR, description: [head, body, sources].join('\n\n'), footer: { text: footer } };
  return { embeds: [embed], components: buttons(report, reportId, t) };
}

/** The shared story's first sentence, without its source tag. */
function oneLine(report: Report): string {
  const summary = report.event?.summary ?? '';
  const first = /^(.*?\[S\d+\])/.exec(summary)?.[1] ?? summary;
  return first.replace(/\s*\[S\d+\]/g, '').trim();
}

function sourcesLine(report: Report, t: Translate): string {
  const named = report.sources.map((s) => {
    const url = plainUrl(s.url);
    const name = md(fitWords(s.site ?? s.title ?? (url ? new URL(url).host : t('pastedText')), 40));
    return `**${s.id}** ${name}${s.sameEvent ? '' : ` (${t('differentEvent')})`}`;
  });
  const failed = report.unreadable.map((u) => `**${u.id}** ⚠️ ${t('couldNotRead')}`);
  return [...named, ...failed].join(' · ');
}

/** One difference in `max` characters: its summary, then each side's words, shortened at word ends. */
function differenceUnit(d: Discrepancy, n: number, max: number, t: Translate): string {
  const label = kindLabel(d.kind, t);
  const summary = `**${n}. ${label}:** ${md(fitWords(summaryIn(d, t.language), Math.max(80, Math.floor(max * 0.45))))}`;
  const evidence = d.evidence.slice(0, 2);
  const each = Math.max(40, Math.floor((max - summary.length) / Math.max(1, evidence.length)) - 14);
  const quotes = evidence.map((e) => `> **${evidenceLabel(e)}:** ${quoted(md(fitWords(e.quote, each)))}`);
  return fitWords([summary, ...quotes].join('\n'), Math.max(max, 120));
}

function buttons(report: Report, reportId: string, t: Translate): CompactView['components'] {
  const differences = report.discrepancies.filter((d) => d.kind !== 'event').length;
  type Style = APIButtonComponentWithCustomId['style'];
  const section = (s: 'differences' | 'agreement' | 'sources' | 'story', label: string, style: Style = ButtonStyle.Secondary): APIButtonComponent => ({
    type: ComponentType.Button,
    style,
    label: fitWords(label, 80),
    custom_id: customId({ action: 'section', reportId, section: s, page: 0 }),
  });
  const action = (id: string, label: string, style: Style = ButtonStyle.Secondary): APIButtonComponent => ({ type: ComponentType.Button, style, label, custom_id: id });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        section('differences', `${t('sectionDifferences')} (${differences})`, ButtonStyle.Primary),
        section('agreement', `${t('sectionAgreement')} (${report.consensus.length})`),
        section('sources', `${t('sectionSources')} (${report.sources.length + report.unreadable.length})`),
        section('story', t('sectionStory')),
      ],
    },
    {
      type: ComponentType.ActionRow,
      components: [
        action(customId({ action: 'file', reportId, format: 'md' }), t('buttonMarkdown')),
        action(customId({ action: 'file', reportId, format: 'json' }), t('buttonJson')),
        action(customId({ action: 'add', reportId }), t('buttonAddSource'), ButtonStyle.Success),
        action(customId({ action: 'recheck', reportId }), t('buttonRecheck')),
      ],
    },
    ...sourceMenu(report, reportId, t),
  ];
}

/** Discord's most options in one select menu. */
const MENU_OPTIONS = 25;

/**
 * One source at a time, on a phone: a select menu of the readable sources (each named by its outlet and
 * title) that opens the chosen one's summary and the passages of it the report quotes, privately.
 */
function sourceMenu(report: Report, reportId: string, t: Translate): CompactView['components'] {
  if (report.sources.length === 0) return [];
  const options = report.sources.slice(0, MENU_OPTIONS).map((s) => {
    const url = plainUrl(s.url);
    const name = s.site ?? (url ? new URL(url).host : s.title ?? s.id);
    return {
      label: fitWords(`${s.id} ${name}`, 100),
      value: s.id,
      ...(s.title && s.title !== name ? { description: fitWords(s.title, 100) } : {}),
    };
  });
  return [{ type: ComponentType.ActionRow, components: [{ type: ComponentType.StringSelect, custom_id: customId({ action: 'source', reportId }), placeholder: fitWords(t('sourceMenu'), 150), options }] }];
}

/** Characters of an embed that count against Discord's limits (and a phone's screen). */
export function embedLength(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}
