import { type APIActionRowComponent, type APIButtonComponent, type APIEmbed, ButtonStyle, ComponentType } from 'discord.js';
import { escapeText, plainUrl } from '../../report/escape.js';
import { summaryIn } from '../../report/describe.js';
import { kindLabel } from '../../i18n/kind-labels.js';
import { type Discrepancy, evidenceLabel, quoted, type Report } from '../../report/types.js';
import type { Translate } from '../../i18n/translate.js';
import { fitEscaped, fitWords, LIMITS } from '../limits.js';
import { customId, type Section } from './custom-ids.js';
import { notesIn } from '../../i18n/say.js';

/** A page a phone can scroll through comfortably; Discord would allow 4,096. */
const PAGE_CHARS = 1800;
const QUOTE_MAX = 600;
const COLOR: Record<Section, number> = { differences: 0xfee75c, agreement: 0x57f287, sources: 0x5865f2, story: 0x5865f2 };
const TITLE_KEY = { differences: 'sectionDifferences', agreement: 'sectionAgreement', sources: 'sectionSources', story: 'sectionStory' } as const;

export interface SectionPage {
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIButtonComponent>>;
}

/** Everything a source or a model wrote is made inert before it reaches Discord. */
const md = escapeText;

/** One page of a report's section, whole (nothing shortened but overlong quotes), with page buttons. */
export function renderSectionPage(report: Report, reportId: string, section: Section, page: number, t: Translate): SectionPage {
  const pages = paginate(unitsOf(report, section, t));
  const last = pages.length - 1;
  const at = Math.min(Math.max(0, page), last);
  const event = report.event?.title ? ` — ${fitEscaped(report.event.title, LIMITS.title - 40, md)}` : '';
  const embed: APIEmbed = {
    title: `${t(TITLE_KEY[section])}${event}`,
    color: COLOR[section],
    description: pages[at]!,
    ...(pages.length > 1 ? { footer: { text: t('page', { n: at + 1, total: pages.length }) } } : {}),
  };
  if (pages.length === 1) return { embeds: [embed], components: [] };
  const nav = (label: string, to: number, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    disabled,
    custom_id: customId({ action: 'section', reportId, section, page: to }),
  });
  return { embeds: [embed], components: [{ type: ComponentType.ActionRow, components: [nav(`‹ ${t('previous')}`, Math.max(0, at - 1), at === 0), nav(`${t('next')} ›`, Math.min(last, at + 1), at === last)] }] };
}

function unitsOf(report: Report, section: Section, t: Translate): string[] {
  switch (section) {
    case 'differences': {
      const units = [...report.discrepancies.filter((d) => d.kind !== 'event'), ...report.discrepancies.filter((d) => d.kind === 'event')].map((d) => differenceUnit(d, t));
      return units.length ? units : [`_${t('noDifferences')}_`];
    }
    case 'agreement':
      return report.consensus.length
        ? report.consensus.map((c) => [`• ${md(fitWords(c.text, QUOTE_MAX))} (${c.sources.join(', ')})`, ...(c.evidence ?? []).filter((e) => e.quote !== c.text).map(evidenceLine)].join('\n'))
        : [`_${t('noAgreement')}_`];
    case 'sources':
      return [
        ...report.sources.map((s) => {
          const url = plainUrl(s.url);
          const name = md(s.site ?? s.title ?? (url ? new URL(url).host : t('pastedText')));
          const title = s.title && s.title !== name ? ` — ${md(s.title)}` : '';
          const facts = [s.publishedAt?.slice(0, 10), t('words', { n: s.words }), s.sameEvent ? '' : `**${t('differentEvent')}**`].filter(Boolean).join(' · ');
          // Only the address Parallax read, validated and printed plainly (never masked), in <> so it does not unfold.
          const link = url ? `\n<${url}>` : '';
          const notes = notesIn(s, t).map((n) => `\n_⚠️ ${md(n)}_`).join('');
          return `**${s.id}** ${name}${title}\n${facts}${link}\n${md(fitWords(s.summary, QUOTE_MAX))}${notes}`;
        }),
        ...report.unreadable.map((u) => `**${u.id}** ⚠️ ${t('couldNotRead')}: ${md(fitWords(u.input, 200))}\n${md(u.reason)}`),
      ];
    case 'story': {
      const sentences = (report.event?.summary ?? '').match(/[^[]+\[S\d+\]/g) ?? [];
      return sentences.length ? sentences.map((s) => md(s.trim())) : [`_${t('noStory')}_`];
    }
  }
}

function differenceUnit(d: Discrepancy, t: Translate): string {
  const silent = d.silent?.length ? `\n_(${d.silent.join(', ')}: —)_` : '';
  return [`**${kindLabel(d.kind, t)}:** ${md(summaryIn(d, t.language))}`, ...d.evidence.map(evidenceLine)].join('\n') + silent;
}

function evidenceLine(e: { sourceId: string; quote: string; in?: 'title' }): string {
  return `> **${evidenceLabel(e as Parameters<typeof evidenceLabel>[0])}:** ${quoted(md(fitWords(e.quote, QUOTE_MAX)))}`;
}

/** Units packed into pages of PAGE_CHARS; a unit longer than a page is shortened at a word end. */
function paginate(units: string[]): string[] {
  const pages: string[] = [];
  let current = '';
  for (const raw of units) {
    const unit = fitWords(raw, PAGE_CHARS);
    if (current && current.length + 2 + unit.length > PAGE_CHARS) {
      pages.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${unit}` : unit;
  }
  return [...pages, current];
}
