import { readFileSync } from 'node:fs';
import { collapseWhitespace } from '../../src/analysis/text.js';
import type { Article, Report } from '../../src/report/types.js';
import { extractArticle } from '../../src/sources/extract.js';

export function fixtureHtml(name: string): string {
  return readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'latin1');
}

export function fixtureArticle(name: string): Article {
  const bytes = readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url));
  const html = name.startsWith('tribune') ? new TextDecoder('windows-1252').decode(bytes) : bytes.toString('utf8');
  return extractArticle(html, { url: `https://example.test/${name}` });
}

/** An invented report as pasted text: its paragraphs, and a publication time when one is given. */
export function articleOf(title: string, paragraphs: string[], publishedAt?: string): Article {
  return { title, text: paragraphs.join('\n\n'), notes: [], ...(publishedAt ? { publishedAt } : {}) };
}

/** The report contract's promise: every quote is a verbatim span of its source's text. */
export function expectVerbatim(report: Report, articles: Map<string, Article>): void {
  const quotes = [...report.discrepancies.flatMap((d) => d.evidence), ...report.consensus.flatMap((c) => c.evidence ?? [])];
  for (const c of report.consensus) {
    const from = c.sources.filter((id) => collapseWhitespace(articles.get(id)?.text ?? '').includes(c.text));
    if (from.length === 0) throw new Error(`Consensus text is in none of ${c.sources.join(', ')}: "${c.text}"`);
  }
  for (const e of quotes) {
    const article = articles.get(e.sourceId);
    const text = collapseWhitespace((e.in === 'title' ? article?.title : article?.text) ?? '');

    if (!text.includes(e.quote)) throw new Error(`Quote attributed to ${e.sourceId} is not in its text: "${e.quote}"`);
  }
}
