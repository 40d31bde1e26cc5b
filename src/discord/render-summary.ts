import type { APIEmbed } from 'discord.js';
import { escapeText, plainUrl } from '../report/escape.js';
import type { Summary } from '../report/types.js';
import { type Translate, translator } from '../i18n/translate.js';
import { fitEscaped, fitWords, LIMITS } from './limits.js';
import { notesIn } from '../i18n/say.js';

/** The colour of a source's embed, as the report's source pages use it. */
const SOURCE_COLOR = 0x5865f2;

/** Everything a source wrote goes through this before it reaches Discord. */
const md = escapeText;

/** /summarize's answer: the bot's own words in the reader's language (`t`), the source's sentences as written. */
export function renderSummaryEmbed(summary: Summary, t: Translate = translator('en')): APIEmbed {
  const facts = [summary.site, summary.byline, summary.publishedAt?.slice(0, 10), t('words', { n: summary.words })].filter(Boolean).join(' · ');
  const points = summary.keyPoints.map((p) => `• ${md(fitWords(p, 400))}`).join('\n');
  const notes = notesIn(summary, t).map((n) => `\n_⚠️ ${md(n)}_`).join('');
  const embed: APIEmbed = {
    title: fitEscaped(summary.title ?? t('summaryTitle'), LIMITS.title, md),
    color: SOURCE_COLOR,
    description: fitWords(`${md(facts)}\n\n${md(summary.summary)}\n\n**${t('keyPoints')}**\n${points}${notes}`, LIMITS.description),
    footer: { text: t('summaryFooter') },
  };
  const url = plainUrl(summary.url);
  if (url) embed.url = url;
  return embed;
}

