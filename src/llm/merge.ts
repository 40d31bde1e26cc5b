import type { AnalysisResult } from '../analysis/engine.js';
import { keyOf } from '../report/keys.js';
import { byImportance, type ConsensusPoint, type Discrepancy, type Evidence, SHOWN_CONFIDENCE, type SourceId } from '../report/types.js';
import { namedSources, type ProseContext, proseProblem } from './check-prose.js';
import type { Usage } from './model-client.js';
import { PROMPT_VERSION } from './prompts.js';
import type { Comparison } from './schemas.js';
import { findSpan, isNegatedInSource } from './verify-quote.js';

interface Counts {
  quotes: number;
  findings: number;
  prose: number;
}

/**
 * Keeps evidence whose source exists and whose quote is in it, at word boundaries and not denied by
 * its own clause ("It is not true that…"), as the source words it.
 */
export function verify(evidence: Array<{ sourceId: string; quote: string }>, texts: Map<SourceId, string>): { kept: Evidence[]; dropped: number } {
  const kept: Evidence[] = [];
  let dropped = 0;
  for (const e of evidence) {
    const text = texts.get(e.sourceId as SourceId);
    const span = text ? findSpan(text, e.quote) : undefined;
    const quote = text && span && !isNegatedInSource(text, span.start) ? text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : undefined;
    if (quote && !kept.some((k) => k.sourceId === e.sourceId && k.quote === quote)) kept.push({ sourceId: e.sourceId as SourceId, quote });
    else dropped++;
  }
  return { kept, dropped };
}

/** A finding is kept only with verified evidence from every source it names, in words or in its evidence. */
function checkedFinding(f: Comparison['findings'][number], ctx: ProseContext, counts: Counts): Discrepancy | undefined {
  const { kept, dropped } = verify(f.evidence, ctx.texts);
  counts.quotes += dropped;
  const named = new Set([...namedSources(f.summary), ...f.evidence.map((e) => e.sourceId as SourceId)]);
  const backed = new Set(kept.map((e) => e.sourceId));
  if (kept.length === 0 || [...named].some((id) => !backed.has(id)) || proseProblem(f.summary, ctx)) {
    counts.findings++;
    return undefined;
  }
  // The model says nothing of how much a finding matters or how sure it is: one whose words check out in
  // every source it names is shown as worth listing, at the threshold of what reports show, so the
  // offline engine's surer findings of the same importance come first.
  return { kind: f.kind as Discrepancy['kind'], summary: f.summary, evidence: kept, importance: 2, confidence: SHOWN_CONFIDENCE };
}

/** A shared fact needs two sources' verified words; prose that fails its check gives way to a source's own sentence. */
function checkedConsensus(c: Comparison['consensus'][number], ctx: ProseContext, counts: Counts): ConsensusPoint | undefined {
  const { kept, dropped } = verify(c.evidence, ctx.texts);
  counts.quotes += dropped;
  const sources = [...new Set(kept.map((e) => e.sourceId))];
  if (sources.length < 2 || namedSources(c.text).some((id) => !sources.includes(id))) {
    counts.findings++;
    return undefined;
  }
  if (!proseProblem(c.text, ctx)) return { text: c.text, sources, evidence: kept };
  counts.prose++;
  return { text: kept[0]!.quote, sources, evidence: kept };
}

/** The model's one-sentence summaries that pass the prose check, by source. */
function checkedSummaries(model: Comparison, ctx: ProseContext, counts: Counts): Map<string, string> {
  const summaries = new Map<string, string>();
  for (const s of model.summaries) {
    const text = s.summary.trim();
    if (!ctx.texts.has(s.sourceId as SourceId) || !text) continue;
    if (proseProblem(text, ctx)) counts.prose++;
    else summaries.set(s.sourceId, text);
  }
  return summaries;
}

/** The offline result deepened by what of the model's comparison could be checked; nothing of the offline result is lost. */
export function merge(offline: AnalysisResult, model: Comparison, ctx: ProseContext, modelName: string, usage: Usage): AnalysisResult {
  const counts: Counts = { quotes: 0, findings: 0, prose: 0 };
  // Which sources report another event is the offline engine's call, made on dates and names.
  const findings = model.findings.filter((f) => f.kind !== 'event').flatMap((f) => checkedFinding(f, ctx, counts) ?? []);
  const consensus = model.consensus.flatMap((c) => checkedConsensus(c, ctx, counts) ?? []);
  const known = new Set(offline.discrepancies.map(keyOf));
  const fresh = findings.filter((f) => !known.has(keyOf(f)));
  const discrepancies = [...offline.discrepancies.filter((d) => d.kind !== 'event'), ...fresh].sort(byImportance);
  discrepancies.push(...offline.discrepancies.filter((d) => d.kind === 'event'));
  const summaries = checkedSummaries(model, ctx, counts);
  const modelConsensusQuotes = new Set(consensus.flatMap((c) => (c.evidence ?? []).map((e) => e.quote)));
  return {
    ...offline,
    sources: offline.sources.map((s) => (summaries.has(s.id) ? { ...s, summary: summaries.get(s.id)! } : s)),
    consensus: [...consensus, ...offline.consensus.filter((c) => !(c.evidence ?? []).some((e) => modelConsensusQuotes.has(e.quote)))],
    discrepancies,
    engine: {
      name: 'llm',
      version: PROMPT_VERSION,
      model: modelName,
      offline: offline.engine.version,
      calls: usage.calls,
      promptTokens: usage.promptTokens,
      completionTokens: usage.completionTokens,
      dropped: counts,
      cached: false,
    },
  };
}
