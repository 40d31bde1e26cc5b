import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import { proseProblem } from '../src/llm/check-prose.js';
import type { SourceId } from '../src/report/types.js';
import { articleFromText } from '../src/sources/text-article.js';

/**
 * The offline engine's own summaries follow the rule model prose follows: nothing in quotation marks
 * that a source does not say. Today its outcome detector (src/analysis/detectors/slots.ts, fromConflict)
 * writes S2 says “town council did not agreed on”: the slot's words rebuilt around a negation, not the
 * source's. Marked `fails` until the engine's owner fixes it: it then fails as a reminder to flip it.
 */
describe('offline summaries quote only what a source says', () => {
  const articles = [
    articleFromText('Council vote\n\nThe town council agreed on Wednesday to fund inspections of every bridge in the district, the mayor said. Repairs will start in May. The vote was close.'),
    articleFromText('Council split\n\nThe town council did not agree on Wednesday to fund inspections of every bridge in the district, the mayor said. Repairs will start in May. The vote was close.'),
  ];
  const ids: SourceId[] = ['S1', 'S2'];

  it('GIVEN "agreed" against "did not agree" THEN no summary puts "did not agreed" in quotation marks', () => {
    const result = analyze(articles, ids);
    const ctx = { texts: new Map(ids.map((id, i) => [id, articles[i]!.text])), titles: new Map(ids.map((id, i) => [id, articles[i]!.title!])) };
    const problems = [...result.discrepancies.map((d) => d.summary), ...result.sources.map((s) => s.summary)].flatMap((p) => proseProblem(p, ctx) ?? []);
    expect(problems).toEqual([]);
  });
});
