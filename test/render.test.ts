import { describe, expect, it } from 'vitest';
import { fitWords, LIMITS } from '../src/discord/limits.js';
import { renderReportEmbeds } from '../src/discord/render-report.js';
import { renderAnswer } from '../src/discord/render-thread.js';
import { quoted, type Report, type SourceId } from '../src/report/types.js';

const long = (n: number, word = 'word') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

function bigReport(): Report {
  const ids = Array.from({ length: 10 }, (_, i) => `S${i + 1}` as SourceId);
  return {
    sources: ids.map((id) => ({ id, title: long(40, 'Title'), url: `https://news.example/${id}`, site: 'News Example', words: 900, summary: long(120), sameEvent: id !== 'S10', notes: id === 'S10' ? ['S10 is about something else.'] : [] })),
    event: { title: long(80, 'Event') },
    consensus: Array.from({ length: 8 }, () => ({ text: long(90, 'agreed'), sources: ['S1', 'S2'] as SourceId[] })),
    discrepancies: [
      ...Array.from({ length: 30 }, (_, i) => ({ kind: 'number' as const, summary: `Figure ${i} differs`, evidence: ids.slice(0, 3).map((sourceId) => ({ sourceId, quote: long(150, 'quote') })) })),
      { kind: 'event', summary: 'S10 reports a different event.', evidence: [{ sourceId: 'S10', quote: 'Something else happened.' }] },
    ],
    unreadable: [{ id: 'S11' as SourceId, input: 'https://x.example/a', reason: 'x.example answered HTTP 404.' }],
    engine: { name: 'offline', version: 'test' },
  };
}

describe('renderReportEmbeds', () => {
  it('keeps a huge report within every Discord limit and attaches the whole report as Markdown', () => {
    const { embeds, file } = renderReportEmbeds(bigReport());
    expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
    let total = 0;
    for (const e of embeds) {
      expect(e.title!.length).toBeLessThanOrEqual(LIMITS.title);
      expect(e.description!.length).toBeLessThanOrEqual(LIMITS.description);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
      total += e.title!.length + e.description!.length + (e.footer?.text.length ?? 0);
    }
    expect(total).toBeLessThanOrEqual(LIMITS.embedsTotal);
    expect(file?.name).toBe('parallax-report.md');
    const md = file!.data.toString('utf8');
    expect(md).toContain('Figure 29 differs');
    expect(md).toContain(long(150, 'quote'));
    expect(embeds.map((e) => e.description).join('\n')).toMatch(/more in the attached report/);
  });

  it('never cuts a word in half', () => {
    const { embeds } = renderReportEmbeds(bigReport());
    for (const e of embeds) for (const cut of (e.description ?? '').matchAll(/(\S+)…/g)) expect(cut[1]).toMatch(/^(word|quote|agreed|Title|Event)\d+$|^_?$/);
  });

  it('shows unreadable sources with their reason and sets the different event apart', () => {
    const { embeds } = renderReportEmbeds(bigReport());
    const all = embeds.map((e) => `${e.title}\n${e.description}`).join('\n');
    expect(all).toContain('S11** ⚠️ could not be read — x.example answered HTTP 404.');
    expect(embeds.at(-1)!.title).toBe('About a different event');
  });

  it('keeps a source\'s notes with it, but tells a different event\'s reason only once', () => {
    const report = bigReport();
    report.sources[0]!.notes = ['S1 carries the same text as S2 (80% of its wording): one origin, not independent confirmation.'];
    report.discrepancies = [{ kind: 'event', summary: 'S10 reports a different event from S1. S10 is about something else.', evidence: [{ sourceId: 'S10', quote: 'Something else happened.' }] }];
    const sources = renderReportEmbeds(report).embeds[0]!.description!;
    expect(sources).toContain('S1 carries the same text as S2');
    expect(sources).not.toContain('S10 is about something else.');
  });

  it('escapes Markdown in article text so it cannot restyle or fake the report', () => {
    const report = bigReport();
    report.sources = report.sources.slice(0, 2).map((s) => ({ ...s, title: 'Short title', summary: 'A short summary.' }));
    report.event = { title: 'Short' };
    report.unreadable = [];
    report.consensus = [{ text: '**Breaking** @everyone __fake__ `code`', sources: ['S1', 'S2'] }];
    report.discrepancies = [];
    const { embeds, file } = renderReportEmbeds(report);
    expect(embeds[1]!.description).toContain('\\*\\*Breaking\\*\\*');
    expect(file).toBeUndefined();
  });
});

describe('fitWords', () => {
  it('cuts at a word boundary with an ellipsis, within the limit', () => {
    expect(fitWords('one two three four', 12)).toBe('one two…');
    expect(fitWords('short', 12)).toBe('short');
    expect(fitWords('x'.repeat(20), 10)).toHaveLength(10);
  });
});

describe('renderAnswer', () => {
  it('says when no source covers the question', () => {
    expect(renderAnswer('what about dogs?', { citations: [], silent: ['S1', 'S2'] }, [])).toMatch(/^No source in this comparison covers that/);
  });

  it('stays under 2,000 characters however many passages there are', () => {
    const citations = Array.from({ length: 12 }, (_, i) => ({ sourceId: `S${i + 1}` as SourceId, quote: long(60) }));
    const text = renderAnswer('q?', { citations, silent: [] }, []);
    expect(text.length).toBeLessThanOrEqual(LIMITS.content);
    expect(text).toMatch(/more passage/);
  });
});

describe('GIVEN evidence that is itself one whole quotation', () => {
  it('THEN it is shown in its own quotation marks, not wrapped in a second pair', () => {
    expect(quoted('“It has been agreed to work jointly.”')).toBe('“It has been agreed to work jointly.”');
    expect(quoted('"We will return," she said.')).toBe('“"We will return," she said.”');
    expect(quoted('The talks ended.')).toBe('“The talks ended.”');
  });
});
