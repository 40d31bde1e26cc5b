import { describe, expect, it } from 'vitest';
import { customId, parseCustomId } from '../src/discord/compact/custom-ids.js';
import { COMPACT_MAX, embedLength, renderCompact } from '../src/discord/compact/render-compact.js';
import { renderSectionPage } from '../src/discord/compact/render-section.js';
import { renderSourcePage } from '../src/discord/compact/render-source.js';
import { kindLabel } from '../src/i18n/kind-labels.js';
import { translator } from '../src/i18n/translate.js';
import { describe as wordIn } from '../src/report/describe.js';
import { escapeText } from '../src/report/escape.js';
import { analyze } from '../src/index.js';
import { evidenceLabel, type Report, type SourceId } from '../src/report/types.js';
import { fixtureArticle } from './helpers/fixtures.js';

const t = translator('en-US');
const long = (n: number, word = 'word') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

function bridgeReport(): Report {
  const articles = ['herald-bridge.html', 'tribune-bridge.html', 'gazette-bridge.html', 'orchestra.html'].map(fixtureArticle);
  return { ...analyze(articles), unreadable: [{ id: 'S5', input: 'https://x.example/gone', reason: 'x.example answered HTTP 404.' }] };
}

function hugeReport(): Report {
  const ids = Array.from({ length: 10 }, (_, i) => `S${i + 1}` as SourceId);
  return {
    sources: ids.map((id) => ({ id, title: long(40, 'Title'), url: `https://news.example/${id}`, site: long(20, 'Site'), words: 900, summary: long(120), sameEvent: true, notes: [] })),
    event: { title: long(80, 'Event'), summary: `${long(300)} [S1] ${long(50)} [S2]` },
    consensus: Array.from({ length: 40 }, () => ({ text: long(90, 'agreed'), sources: ['S1', 'S2'] as SourceId[] })),
    discrepancies: Array.from({ length: 30 }, (_, i) => ({ kind: 'number' as const, summary: `Figure ${i} differs ${long(100)}`, evidence: ids.slice(0, 3).map((sourceId) => ({ sourceId, quote: long(150, 'quote') })) })),
    unreadable: [],
    engine: { name: 'offline', version: 'test' },
  };
}

describe('GIVEN a report of four sources, one on another event, one unreadable', () => {
  const report = bridgeReport();
  const view = renderCompact(report, 'abcdefgh1234', t);
  const embed = view.embeds[0]!;

  it('THEN the first view is one embed a phone shows whole, with the counts', () => {
    expect(view.embeds).toHaveLength(1);
    expect(embedLength(embed)).toBeLessThanOrEqual(COMPACT_MAX);
    const differences = report.discrepancies.filter((d) => d.kind !== 'event').length;
    expect(embed.description).toContain(`${differences} differences · 1 other event · 1 unreadable`);
  });

  it('THEN it shows the three most important differences, in the engine order, with the sources words', () => {
    const top = report.discrepancies.filter((d) => d.kind !== 'event').slice(0, 3);
    let at = 0;
    for (const [i, d] of top.entries()) {
      const found = embed.description!.indexOf(`**${i + 1}. `, at);
      expect(found).toBeGreaterThan(at - 1);
      at = found;
      expect(embed.description).toContain(`**${d.evidence[0]!.sourceId}:** “`);
    }
    expect(embed.description).not.toContain('**4. ');
  });

  it('THEN its buttons open each section, the files and the add-source form of this report, and its menu one source', () => {
    const ids = view.components.flatMap((r) => r.components.map((c) => ('custom_id' in c ? c.custom_id : '')));
    expect(ids.map((id) => parseCustomId(id)?.action)).toEqual(['section', 'section', 'section', 'section', 'file', 'file', 'add', 'recheck', 'source']);
    const menu = view.components[2]!.components[0]! as { type: number; options: Array<{ value: string }> };
    // The readable sources, the one on another event too; the unreadable one has nothing to open.
    expect(menu.type).toBe(3);
    expect(menu.options.map((o) => o.value)).toEqual(report.sources.map((s) => s.id));
    for (const id of ids) expect(parseCustomId(id)).toMatchObject({ reportId: 'abcdefgh1234' });
    expect(ids.every((id) => id.length <= 100)).toBe(true);
  });

  it('THEN a source chosen in the menu opens with its summary and its own words in each difference it is quoted in', () => {
    const d = report.discrepancies.find((x) => x.kind !== 'event' && x.evidence.length > 1)!;
    const [mine, theirs] = d.evidence;
    const page = renderSourcePage(report, mine!.sourceId, t)!;
    expect(page.title).toMatch(new RegExp(`^${mine!.sourceId} `));
    expect(page.description).toContain(report.sources.find((x) => x.id === mine!.sourceId)!.summary.slice(0, 40));
    expect(page.description).toContain(mine!.quote.slice(0, 30));
    if (theirs!.sourceId !== mine!.sourceId) expect(page.description).not.toContain(`**${evidenceLabel(theirs!)}:**`);
    expect(page.description!.length).toBeLessThanOrEqual(1800);
    expect(renderSourcePage(report, 'S9' as never, t)).toBeUndefined();
  });

  it('THEN the sources page lists every source, the unreadable one with its reason, links unmasked', () => {
    const page = renderSectionPage(report, 'abcdefgh1234', 'sources', 0, t).embeds[0]!.description!;
    for (const id of ['S1', 'S2', 'S3', 'S4', 'S5']) expect(page).toContain(`**${id}**`);
    expect(page).toContain('HTTP 404');
    expect(page).toMatch(/\n<https:\/\/[^>\s]+>\n/);
    expect(page).not.toMatch(/\]\(http/);
  });

  it('THEN the interface speaks the reader s language, and the quotes stay as written', () => {
    const german = renderCompact(report, 'abcdefgh1234', translator('de')).embeds[0]!.description!;
    expect(german).toContain('Die wichtigsten Unterschiede');
    expect(german).toContain('1 anderes Ereignis');
    expect(german).toContain(report.discrepancies[0]!.evidence[0]!.quote.slice(0, 20));
  });
});

describe('GIVEN a huge report', () => {
  const report = hugeReport();

  it('THEN the first view still fits a phone', () => {
    const view = renderCompact(report, 'abcdefgh1234', t);
    expect(embedLength(view.embeds[0]!)).toBeLessThanOrEqual(COMPACT_MAX);
    expect(view.embeds[0]!.description).toContain('…and 27 more under Differences.');
  });

  it('THEN a section is paged: every difference is on some page, pages link to each other, none is too long', () => {
    const first = renderSectionPage(report, 'abcdefgh1234', 'differences', 0, t);
    const total = Number(/of (\d+)/.exec(first.embeds[0]!.footer!.text)![1]);
    expect(total).toBeGreaterThan(3);
    const seen = new Set<string>();
    for (let page = 0; page < total; page++) {
      const view = renderSectionPage(report, 'abcdefgh1234', 'differences', page, t);
      expect(view.embeds[0]!.description!.length).toBeLessThanOrEqual(2000);
      for (const m of view.embeds[0]!.description!.matchAll(/Figure (\d+) differs/g)) seen.add(m[1]!);
      const [prev, next] = view.components[0]!.components;
      expect(prev!.disabled).toBe(page === 0);
      expect(next!.disabled).toBe(page === total - 1);
      expect(parseCustomId((next as { custom_id: string }).custom_id)).toMatchObject({ page: Math.min(total - 1, page + 1) });
    }
    expect(seen.size).toBe(30);
  });
});

describe('GIVEN a report whose sources carry links and markup of their own', () => {
  const EVIL = '[click](https://evil.example/steal) **bold** ||spoiler|| <@123> @everyone';
  const source = (id: SourceId) => ({ id, title: `Bridge ${EVIL}`, site: `Herald ${EVIL}`, url: 'https://news.example/a)[verify](https://evil.example/x', words: 300, summary: `Said ${EVIL}`, sameEvent: true, notes: [`Partial ${EVIL}`] });
  const report: Report = {
    sources: [source('S1'), source('S2')],
    event: { title: `Collapse ${EVIL}`, summary: `The bridge fell ${EVIL}. [S1]` },
    consensus: [{ text: `Both say ${EVIL}`, sources: ['S1', 'S2'] }],
    discrepancies: [{ kind: 'claim', summary: `Differ ${EVIL}`, evidence: [{ sourceId: 'S1', quote: `quote ${EVIL}` }] }],
    unreadable: [{ id: 'S3', input: `https://x.example/${EVIL}`, reason: `HTTP 500 ${EVIL}` }],
    engine: { name: 'offline', version: 'test' },
  };
  const live = (text: string) => [...text.matchAll(/(?<!\\)\[[^\]\n]*(?<!\\)\]\(|(?<![\\%\w])https?:\/\/evil|\*\*bold\*\*|\|\|spoiler\|\||<@123>/g)].map((m) => m[0]);

  it('THEN nothing they wrote is live in the first view or in any section', () => {
    const compact = renderCompact(report, 'abcdefgh1234', t).embeds[0]!;
    expect(live(`${compact.title}\n${compact.description}`)).toEqual([]);
    for (const section of ['differences', 'agreement', 'sources', 'story'] as const) {
      const page = renderSectionPage(report, 'abcdefgh1234', section, 0, t).embeds[0]!;
      expect(live(`${page.title}\n${page.description}`)).toEqual([]);
    }
  });
});

describe('custom ids', () => {
  it('round-trip, and refuse what is not ours', () => {
    const a = { action: 'section', reportId: 'abcdefgh1234', section: 'story', page: 2 } as const;
    expect(parseCustomId(customId(a))).toEqual(a);
    expect(parseCustomId('px1:sec:abcdefgh1234:nonsense:0')).toBeUndefined();
    expect(parseCustomId('other-bot:thing')).toBeUndefined();
  });
});

describe('GIVEN the same report opened by readers in English, German, French and Spanish', () => {
  const report = bridgeReport();
  /** The bridge report with every figure and quote at its longest: the sentences each language words from them grow. */
  const wordy: Report = {
    ...report,
    discrepancies: report.discrepancies.map((d) => ({ ...d, ...(d.values ? { values: d.values.map((v) => ({ ...v, value: `${v.value} ${long(12, 'said')}` })) } : {}) })),
  };

  for (const locale of ['en-US', 'de', 'fr', 'es-ES']) {
    it(`THEN in ${locale} the first view still fits a phone, the differences worded in that language`, () => {
      const tr = translator(locale);
      for (const r of [report, wordy]) {
        const embed = renderCompact(r, 'abcdefgh1234', tr).embeds[0]!;
        expect(embedLength(embed)).toBeLessThanOrEqual(COMPACT_MAX);
        const first = r.discrepancies.find((d) => d.kind !== 'event')!;
        const said = locale === 'en-US' ? first.summary : wordIn(first, locale);
        expect(embed.description).toContain(`**1. ${kindLabel(first.kind, tr)}:** ${escapeText(said).split(' ').slice(0, 3).join(' ')}`);
      }
    });
  }

  it('THEN the title and the engine are said in the reader’s language', () => {
    const embed = renderCompact(report, 'abcdefgh1234', translator('de')).embeds[0]!;
    expect(embed.title).toBe(`Vergleich: ${report.event!.title}`);
    expect(embed.footer?.text).toBe(`Parallax · Engine offline ${report.engine.version} · Zitate sind wörtlich`);
    expect(renderCompact(report, 'abcdefgh1234', t).embeds[0]!.footer?.text).toBe(`Parallax · offline engine ${report.engine.version} · quotes are verbatim`);
  });
});
