import { createHash } from 'node:crypto';
import type { Keyv } from 'keyv';
import type { AnalysisResult } from '../analysis/engine.js';
import { collapseWhitespace } from '../analysis/text.js';
import type { Logger } from '../logger.js';

import { type Article, byKind, fellBack, type ConsensusPoint, type Discrepancy, type Evidence, type SourceId } from '../report/types.js';
import type { ModelBudget } from './budget.js';
import { emptyUsage, type ModelClient, type Usage } from './model-client.js';
import { answerPrompt, claimsPrompt, comparisonPrompt, PROMPT_VERSION } from './prompts.js';
import { AnswerSchema, type Claims, ClaimsSchema, ComparisonSchema } from './schemas.js';
import { locateQuote } from './verify-quote.js';

export interface LlmContext {
  /** Discord locale of the person asking (e.g. "de", "pt-BR"); answers are written in its language. */
  locale?: string | undefined;
  guildId?: string | null | undefined;
  userId?: string | undefined;
}

export interface LlmAnswer {
  text: string;
  citations: Evidence[];
}

/**
 * The model-backed engine. It starts from the offline engine's result, which it never loses (numbers,
 * dates and the same-event grouping stay), asks the model for claims per source and a comparison, and
 * keeps only what it can check: every quote is looked up in its source and replaced by the source's own
 * words; a finding left without verified evidence is dropped; ids the sources do not have are ignored.
 * Any failure of the model returns the offline result, saying why.
 */
export class LlmEngine {
  constructor(
    private readonly client: ModelClient,
    private readonly cache: Keyv<AnalysisResult>,
    private readonly budget: ModelBudget,
    private readonly log: Logger,
    private readonly chunkChars = 12_000,
  ) {}

  get model(): string {
    return this.client.model;
  }

  async compare(articles: Article[], ids: SourceId[], offline: AnalysisResult, ctx: LlmContext = {}): Promise<AnalysisResult> {
    const main = ids.map((id, i) => ({ id, article: articles[i]! })).filter((s) => offline.sources.find((r) => r.id === s.id)?.sameEvent);
    if (main.length < 2) return offline;
    const language = languageOf(ctx.locale);
    const key = cacheKey(this.client.model, language, main);
    const cached = await this.cache.get(key).catch(() => undefined);
    if (cached?.engine.name === 'llm') return { ...cached, engine: { ...cached.engine, cached: true, calls: 0, promptTokens: 0, completionTokens: 0 } };

    const refusal = await this.budget.refusal(ctx.guildId, ctx.userId);
    if (refusal) return fallback(offline, this.client.model, refusal, emptyUsage());

    const usage = emptyUsage();
    try {
      const claims = await Promise.all(main.map((s) => this.claimsOf(s.id, s.article, usage)));
      const comparison = await this.client.structured(
        'comparison',
        ComparisonSchema,
        comparisonPrompt(main.map((s, i) => ({ ...s, claims: claims[i]! })), language),
        usage,
      );
      const result = merge(offline, comparison, new Map(main.map((s) => [s.id, collapseWhitespace(s.article.text)])), this.client.model, usage);
      await this.budget.record(ctx.guildId, ctx.userId, usage.promptTokens + usage.completionTokens);
      await this.cache.set(key, result).catch(() => undefined);
      return result;
    } catch (err) {
      await this.budget.record(ctx.guildId, ctx.userId, usage.promptTokens + usage.completionTokens);
      this.log.warn({ err: (err as Error).message, model: this.client.model }, 'model comparison failed; offline engine used');
      return fallback(offline, this.client.model, (err as Error).message, usage);
    }
  }

  /** Answers a thread question from the sources; undefined when the model cannot be used or checked. */
  async answer(question: string, sources: Array<{ id: SourceId; article: Article }>, ctx: LlmContext = {}): Promise<LlmAnswer | undefined> {
    if (await this.budget.refusal(ctx.guildId, undefined)) return undefined;
    const usage = emptyUsage();
    try {
      const answer = await this.client.structured('answer', AnswerSchema, answerPrompt(question, sources, languageOf(ctx.locale)), usage);
      const texts = new Map(sources.map((s) => [s.id, collapseWhitespace(s.article.text)]));
      const citations = verify(answer.citations, texts).kept;
      if (!answer.covered) return { text: answer.answer, citations: [] };
      return citations.length ? { text: answer.answer, citations } : undefined;
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'model answer failed; offline answer used');
      return undefined;
    } finally {
      await this.budget.record(ctx.guildId, undefined, usage.promptTokens + usage.completionTokens);
    }
  }

  /** Claims of one source; a long article is cut into chunks that fit the budget and their claims merged. */
  private async claimsOf(id: SourceId, article: Article, usage: Usage): Promise<Claims['claims']> {
    const chunks = chunk(article.text, this.chunkChars);
    const parts = await Promise.all(chunks.map((c) => this.client.structured('claims', ClaimsSchema, claimsPrompt(id, article, c), usage)));
    return parts.flatMap((p) => p.claims);
  }
}

function merge(offline: AnalysisResult, model: import('./schemas.js').Comparison, texts: Map<SourceId, string>, modelName: string, usage: Usage): AnalysisResult {
  let droppedQuotes = 0;
  let droppedFindings = 0;
  const findings: Discrepancy[] = [];
  for (const f of model.findings) {
    // Which sources report another event is the offline engine's call, made on dates and names.
    if (f.kind === 'event') continue;
    const { kept, dropped } = verify(f.evidence, texts);
    droppedQuotes += dropped;
    if (kept.length === 0) {
      droppedFindings++;
      continue;
    }
    findings.push({ kind: f.kind, summary: f.summary, evidence: kept });
  }
  const consensus: ConsensusPoint[] = [];
  for (const c of model.consensus) {
    const { kept, dropped } = verify(c.evidence, texts);
    droppedQuotes += dropped;
    const sources = [...new Set(kept.map((e) => e.sourceId))];
    if (sources.length < 2) {
      droppedFindings++;
      continue;
    }
    consensus.push({ text: c.text, sources, evidence: kept });
  }
  const known = new Set(offline.discrepancies.flatMap((d) => d.evidence.map((e) => `${e.sourceId}|${e.quote}`)));
  const fresh = findings.filter((f) => !f.evidence.every((e) => known.has(`${e.sourceId}|${e.quote}`)));
  const discrepancies = [...offline.discrepancies.filter((d) => d.kind !== 'event'), ...fresh].sort(byKind);
  discrepancies.push(...offline.discrepancies.filter((d) => d.kind === 'event'));
  const summaries = new Map(model.summaries.filter((s) => texts.has(s.sourceId as SourceId) && s.summary.trim()).map((s) => [s.sourceId, s.summary.trim()]));
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
      dropped: { quotes: droppedQuotes, findings: droppedFindings },
      cached: false,
    },
  };
}

/** Keeps evidence whose source exists and whose quote is in it, as the source words it. */
export function verify(evidence: Array<{ sourceId: string; quote: string }>, texts: Map<SourceId, string>): { kept: Evidence[]; dropped: number } {
  const kept: Evidence[] = [];
  let dropped = 0;
  for (const e of evidence) {
    const text = texts.get(e.sourceId as SourceId);
    const quote = text ? locateQuote(text, e.quote) : undefined;
    if (quote && !kept.some((k) => k.sourceId === e.sourceId && k.quote === quote)) kept.push({ sourceId: e.sourceId as SourceId, quote });
    else dropped++;
  }
  return { kept, dropped };
}

function fallback(offline: AnalysisResult, model: string, reason: string, usage: Usage): AnalysisResult {
  return {
    ...offline,
    engine: fellBack(offline.engine, `The model was not used: ${reason}. This is the offline engine's report.`, { model, calls: usage.calls, promptTokens: usage.promptTokens, completionTokens: usage.completionTokens }),
  };
}

function chunk(text: string, size: number): string[] {
  if (text.length <= size) return [text];
  const out: string[] = [];
  let current = '';
  for (const para of text.split(/\n\s*\n/)) {
    if (current && current.length + para.length + 2 > size) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${para}` : para.slice(0, size);
  }
  if (current) out.push(current);
  return out;
}

function cacheKey(model: string, language: string, sources: Array<{ id: SourceId; article: Article }>): string {
  const h = createHash('sha256').update(JSON.stringify([model, PROMPT_VERSION, language, sources.map((s) => [s.id, s.article.title ?? '', s.article.text])]));
  return h.digest('hex');
}

/** "de" → "German"; English when the locale is missing or unknown. */
export function languageOf(locale?: string): string {
  if (!locale) return 'English';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? 'English';
  } catch {
    return 'English';
  }
}
