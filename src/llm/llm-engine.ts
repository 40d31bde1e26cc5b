import type { Keyv } from 'keyv';
import type { AnalysisResult } from '../analysis/engine.js';
import type { Logger } from '../logger.js';

import { abortable } from '../abortable.js';
import { english } from '../errors.js';
import { type Article, type Evidence, fellBack, type Said, type SourceId } from '../report/types.js';
import { BudgetExceededError, budgetOwner, type ModelBudget } from './budget.js';
import { CallGate } from './call-gate.js';
import { contextOf, type ProseContext, proseProblem } from './check-prose.js';
import { cacheKey, chunk, languageNameOf } from './model-inputs.js';
import { type Deadline, ModelTooSlowError, startDeadline } from './deadline.js';
import { merge, verify } from './merge.js';
import { type CallLimits, emptyUsage, type ModelClient, ModelOutputError, ModelUnavailableError, type Usage } from './model-client.js';
import { answerPrompt, claimsPrompt, comparisonPrompt } from './prompts.js';
import { AnswerSchema, type Claims, ClaimsSchema, ComparisonSchema, type ModelAnswer } from './schemas.js';

/** Chunks of one article sent for claims: the rest of a very long text is left to the offline engine. */
export const MAX_CHUNKS_PER_SOURCE = 4;
/** Model calls of one comparison in flight at once. */
export const MAX_CONCURRENT_CALLS = 3;

/** The failures the engine expects of a model, answered with the offline report; anything else is a bug and propagates. */
function isModelFailure(err: unknown): err is Error {
  return err instanceof ModelUnavailableError || err instanceof ModelOutputError || err instanceof BudgetExceededError || err instanceof ModelTooSlowError;
}

/** Time budgets for all of the model work of one comparison and of one thread answer. */
export interface ModelDeadlines {
  compareMs: number;
  answerMs: number;
}

export const DEFAULT_DEADLINES: ModelDeadlines = { compareMs: 45_000, answerMs: 20_000 };

export interface LlmContext {
  /** Discord locale of the person asking (e.g. "de", "pt-BR"); answers are written in its language. */
  locale?: string | undefined;
  guildId?: string | null | undefined;
  userId?: string | undefined;
  /** The caller's cancellation: it aborts the model calls in flight and rejects with its reason. */
  signal?: AbortSignal | undefined;
}

export interface LlmAnswer {
  text: string;
  citations: Evidence[];
}

/** The model itself failed (too slow, unreachable, malformed output…): why, for the offline answer to say. */
export interface NoLlmAnswer {
  text?: undefined;
  notUsed: string;
  /** `notUsed` by key, when it is one of ours (too slow, over budget). */
  notUsedSaid?: Said;
}

/**
 * The model-backed engine. It starts from the offline engine's result, which it never loses (numbers,
 * dates and the same-event grouping stay), asks the model for claims per source and a comparison, and
 * keeps only what it can check: every quote is looked up in its source and replaced by the source's own
 * words; a finding left without verified evidence is dropped; ids the sources do not have are ignored.
 * Any failure of the model returns the offline result, saying why; so does running past the time
 * budget (`deadlines`), at which every call in flight is aborted.
 */
export class LlmEngine {
  constructor(
    private readonly client: ModelClient,
    private readonly cache: Keyv<AnalysisResult>,
    private readonly budget: ModelBudget,
    private readonly log: Logger,
    private readonly chunkChars = 12_000,
    private readonly deadlines: ModelDeadlines = DEFAULT_DEADLINES,
  ) {}

  get model(): string {
    return this.client.model;
  }

  async compare(articles: Article[], ids: SourceId[], offline: AnalysisResult, ctx: LlmContext = {}): Promise<AnalysisResult> {
    ctx.signal?.throwIfAborted();
    const main = ids.map((id, i) => ({ id, article: articles[i]! })).filter((s) => offline.sources.find((r) => r.id === s.id)?.sameEvent);
    if (main.length < 2) return offline;
    const usage = emptyUsage();
    const failed = (reason: string, said?: Said) => fallback(offline, this.client.model, reason, usage, said);
    const outcome = await this.withinDeadline(this.deadlines.compareMs, ctx.signal, (deadline) => this.compareWithModel(main, offline, ctx, usage, deadline));
    if ('failure' in outcome) {
      this.log.warn({ err: outcome.failure.message, model: this.client.model }, 'model comparison failed; offline engine used');
      return failed(outcome.failure.message, saidOf(outcome.failure));
    }
    return 'refusal' in outcome ? failed(outcome.refusal.text, outcome.refusal.said) : outcome.result;
  }

  /**
   * Answers a thread question from the sources. When the model failed, says why (NoLlmAnswer);
   * undefined when it may not be used (budget) or its answer failed a check.
   */
  async answer(question: string, sources: Array<{ id: SourceId; article: Article }>, ctx: LlmContext = {}): Promise<LlmAnswer | NoLlmAnswer | undefined> {
    ctx.signal?.throwIfAborted();
    const outcome = await this.withinDeadline(this.deadlines.answerMs, ctx.signal, async (deadline) => {
      if (await this.budget.refusal(ctx.guildId, undefined)) return { result: undefined };
      const gate = new CallGate(this.budget, ctx.guildId, 1);
      const answer = await this.client.structured('answer', AnswerSchema, answerPrompt(question, sources, languageNameOf(ctx.locale)), emptyUsage(), { gate, deadline });
      return { result: this.checkedAnswer(answer, contextOf(sources)) };
    });
    if ('failure' in outcome) {
      this.log.warn({ err: outcome.failure.message }, 'model answer failed; offline answer used');
      const said = saidOf(outcome.failure);
      return { notUsed: outcome.failure.message, ...(said ? { notUsedSaid: said } : {}) };
    }
    return outcome.result;
  }

  /**
   * Runs model work under one deadline: past it the work's calls are aborted and its failure is the
   * deadline's (ModelTooSlowError), even if a call meanwhile failed otherwise. A cancelled caller
   * gets its signal's reason; a bug (any other error) propagates.
   */
  private async withinDeadline<T>(ms: number, caller: AbortSignal | undefined, work: (deadline: Deadline) => Promise<T>): Promise<T | { failure: Error }> {
    const deadline = startDeadline(ms, caller);
    try {
      // Racing the signal too: no wait of the work (a store call, a retry-after) can outlast the deadline.
      return await abortable(work(deadline), deadline.signal);
    } catch (err) {
      if (caller?.aborted) throw caller.reason;
      if (deadline.expired && (isModelFailure(err) || err === deadline.signal.reason)) return { failure: deadline.signal.reason as ModelTooSlowError };
      if (!isModelFailure(err)) throw err;
      return { failure: err };
    } finally {
      deadline.end();
    }
  }

  private async compareWithModel(
    main: Array<{ id: SourceId; article: Article }>,
    offline: AnalysisResult,
    ctx: LlmContext,
    usage: Usage,
    deadline: Deadline,
  ): Promise<{ result: AnalysisResult } | { refusal: { text: string; said: Said } }> {
    const language = languageNameOf(ctx.locale);
    const key = cacheKey(this.client.model, language, main);
    const cached = await this.cache.get(key).catch(() => undefined);
    if (cached?.engine.name === 'llm') return { result: { ...cached, engine: { ...cached.engine, cached: true, calls: 0, promptTokens: 0, completionTokens: 0 } } };

    const refusal = await this.budget.refusalSaid(ctx.guildId, ctx.userId);
    if (refusal) return { refusal };

    const limits = { gate: new CallGate(this.budget, budgetOwner(ctx.guildId, ctx.userId), MAX_CONCURRENT_CALLS), deadline };
    try {
      const claims = await Promise.all(main.map((s) => this.claimsOf(s.id, s.article, usage, limits)));
      const comparison = await this.client.structured('comparison', ComparisonSchema, comparisonPrompt(main.map((s, i) => ({ ...s, claims: claims[i]! })), language), usage, limits);
      const result = merge(offline, comparison, contextOf(main), this.client.model, usage);
      await this.cache.set(key, result).catch(() => undefined);
      return { result };
    } finally {
      await this.budget.startCooldown(ctx.userId);
    }
  }

  /** A model answer kept only when its prose passes the checks and its citations are the sources' words. */
  private checkedAnswer(answer: ModelAnswer, checks: ProseContext): LlmAnswer | undefined {
    const problem = proseProblem(answer.answer, checks);
    if (problem) {
      this.log.warn({ problem }, 'model answer failed its check; offline answer used');
      return undefined;
    }
    const citations = verify(answer.citations, checks.texts).kept;
    if (!answer.covered) return { text: answer.answer, citations: [] };
    return citations.length ? { text: answer.answer, citations } : undefined;
  }

  /** Claims of one source; a long article is cut into chunks (at most MAX_CHUNKS_PER_SOURCE) and their claims merged. */
  private async claimsOf(id: SourceId, article: Article, usage: Usage, limits: CallLimits): Promise<Claims['claims']> {
    const chunks = chunk(article.text, this.chunkChars).slice(0, MAX_CHUNKS_PER_SOURCE);
    const parts = await Promise.all(chunks.map((c) => this.client.structured('claims', ClaimsSchema, claimsPrompt(id, article, c), usage, limits)));
    return parts.flatMap((p) => p.claims);
  }
}

function fallback(offline: AnalysisResult, model: string, reason: string, usage: Usage, said?: Said): AnalysisResult {
  const usageOf = { model, calls: usage.calls, promptTokens: usage.promptTokens, completionTokens: usage.completionTokens };
  // A failure we word ourselves is said by key; another (the model service's own message) stays as it is, inside a said sentence.
  // The English keeps the reason's own English (its numbers as written), as the CLI and the JSON show it.
  return { ...offline, engine: fellBack(offline.engine, english('modelNotUsed', { reason }), usageOf, { key: 'modelNotUsed', params: { reason: said ?? reason } }) };
}

/** The message key of a failure we word ourselves (too slow, over budget), if it has one. */
function saidOf(err: Error): Said | undefined {
  return err instanceof ModelTooSlowError || err instanceof BudgetExceededError ? err.said : undefined;
}
