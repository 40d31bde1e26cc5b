import { describe, expect, it } from 'vitest';
import { safeForTerminal } from '../src/cli/terminal.js';
import { LIMITS } from '../src/discord/limits.js';
import { SECTIONS } from '../src/discord/compact/custom-ids.js';
import { renderCompact } from '../src/discord/compact/render-compact.js';
import { renderSectionPage } from '../src/discord/compact/render-section.js';
import { renderSourcePage } from '../src/discord/compact/render-source.js';
import { renderSummaryEmbed } from '../src/discord/render-summary.js';
import { translator } from '../src/i18n/translate.js';
import { renderAnswer } from '../src/discord/render-thread.js';
import { renderMarkdown, renderSummaryMarkdown } from '../src/report/markdown.js';
import type { Report, SourceId } from '../src/report/types.js';
import type { APIEmbed } from 'discord.js';

const t = translator('en');

/** Every embed a reader can open for a report: the first view, each section's first page, each source's page. */
function everyView(report: Report): APIEmbed[] {
  return [
    ...renderCompact(report, 'abcdefgh1234', t).embeds,
    ...SECTIONS.flatMap((section) => renderSectionPage(report, 'abcdefgh1234', section, 0, t).embeds),
    ...report.sources.map((s) => renderSourcePage(report, s.id, t)!),
  ];
}

const EVIL = '[click](https://evil.example/steal)';
const CANONICAL_BREAKOUT = 'https://news.example/a)[verify](https://evil.example/x';
const MARKUP = `**bold** __under__ ||spoiler|| ~~gone~~ \`code\` <@123> <t:1:R> @everyone`;

/** Masked links, raw links to the attacker, and markup that would render, outside of any escape. */
function liveMarkup(text: string): string[] {
  const found: string[] = [];
  const unescaped = (re: RegExp) => [...text.matchAll(re)].map((m) => m[0]);
  found.push(...unescaped(/(?<!\\)\[[^\]\n]*(?<!\\)\]\(/g)); // a masked link: [x](
  found.push(...unescaped(/(?<![\\%\w])https?:\/\/evil/g)); // a live address of the attacker's
  // The sources' own markup, as they wrote it (Parallax's own **S1** labels are not theirs).
  for (const raw of ['**bold**', '__under__', '||spoiler||', '~~gone~~', '`code`', '<@123>', '<t:1:R>']) if (text.includes(raw)) found.push(raw);
  return found;
}

function hostileReport(): Report {
  const source = (id: SourceId) => ({
    id,
    title: `Bridge ${EVIL} ${MARKUP}`,
    site: `Herald ${EVIL}`,
    url: CANONICAL_BREAKOUT,
    words: 300,
    summary: `Officials said ${EVIL} and ${MARKUP}.\n# A heading\n- a list\n> a quote`,
    sameEvent: true,
    notes: [`Partial: ${EVIL}`],
  });
  return {
    sources: [source('S1'), source('S2')],
    event: { title: `Collapse ${EVIL}`, summary: `The bridge fell ${EVIL}. [S1]` },
    consensus: [{ text: `Both say ${EVIL} ${MARKUP}`, sources: ['S1', 'S2'] }],
    discrepancies: [{ kind: 'claim', summary: `Model says ${EVIL}`, evidence: [{ sourceId: 'S1', quote: `quote ${EVIL} ${MARKUP}` }] }],
    unreadable: [{ id: 'S3', input: `https://x.example/${EVIL}`, reason: `x.example answered HTTP 500 (${EVIL}).` }],
    engine: { name: 'offline', version: 'test' },
  };
}

describe('nothing a source or a model wrote is live markup', () => {
  it('GIVEN masked links and markdown in titles, site names, summaries, quotes and a canonical URL THEN every view shows them as text', () => {
    const embeds = everyView(hostileReport());
    for (const e of embeds) {
      expect(liveMarkup(e.title ?? '')).toEqual([]);
      expect(liveMarkup(e.description ?? '')).toEqual([]);
    }
    const all = embeds.map((e) => e.description).join('\n');
    // The link shown is the address, validated and with Markdown's syntax percent-encoded.
    expect(all).toContain('<https://news.example/a%29%5Bverify%5D%28https://evil.example/x>');
    expect(all).toContain('Officials said \\[click\\](https\\://evil.example/steal)');
    expect(all).not.toMatch(/^\s*#/m);
  });

  it('escapes the Markdown report (the CLI output and the attached file) the same way', () => {
    const md = renderMarkdown(hostileReport());
    expect(liveMarkup(md)).toEqual([]);
    expect(md).toContain('<https://news.example/a%29%5Bverify%5D%28https://evil.example/x>');
    expect(md).not.toMatch(/^# A heading/m);
  });

  it('escapes a summary embed and its Markdown, and drops a URL that is not http(s)', () => {
    const summary = { title: `T ${EVIL}`, site: `S ${EVIL}`, url: 'javascript:alert(1)', words: 100, summary: `Said ${EVIL}`, keyPoints: [`Point ${MARKUP}`], notes: [] };
    const embed = renderSummaryEmbed(summary);
    expect(embed.url).toBeUndefined();
    expect(liveMarkup(`${embed.title}\n${embed.description}`)).toEqual([]);
    expect(liveMarkup(renderSummaryMarkdown(summary))).toEqual([]);
  });

  it('escapes a thread answer, the model-written text included', () => {
    const text = renderAnswer(`What about ${EVIL}?`, { citations: [{ sourceId: 'S1', quote: `It said ${EVIL}` }], silent: [], modelText: `See ${EVIL} ${MARKUP}` }, [{ id: 'S1' } as never]);
    expect(liveMarkup(text)).toEqual([]);
  });

  it('keeps every view within Discord limits when escaping doubles the text', () => {
    const stars = '*_'.repeat(1000);
    const report = hostileReport();
    report.sources = Array.from({ length: 10 }, (_, i) => ({ ...report.sources[0]!, id: `S${i + 1}` as SourceId, title: stars, site: stars, summary: stars }));
    // Each view is one message: its embeds together are held to Discord's total.
    for (const embeds of [renderCompact(report, 'abcdefgh1234', t).embeds, ...SECTIONS.map((s) => renderSectionPage(report, 'abcdefgh1234', s, 0, t).embeds), ...report.sources.map((s) => [renderSourcePage(report, s.id, t)!])]) {
      let total = 0;
      for (const e of embeds) {
        expect(e.title!.length).toBeLessThanOrEqual(LIMITS.title);
        expect(e.description!.length).toBeLessThanOrEqual(LIMITS.description);
        total += e.title!.length + e.description!.length + (e.footer?.text.length ?? 0);
      }
      expect(total).toBeLessThanOrEqual(LIMITS.embedsTotal);
    }
  });
});

describe('safeForTerminal', () => {
  it('strips escape sequences, other controls and bidirectional overrides, keeping newlines, tabs and every letter', () => {
    const hostile = 'Title\x1b[2J\x1b[31mred\x1b[0m\x1b]0;owned\x07 \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\\r\x08\x7f\u0085ok\u202ereversed\u202c\n\tZürich 日本';
    expect(safeForTerminal(hostile)).toBe('Titlered linkokreversed\n\tZürich 日本');
  });
});
