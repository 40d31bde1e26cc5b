import type { Keyv } from 'keyv';
import { answerQuestion, type Answer } from '../analysis/answer.js';
import { UserError } from '../errors.js';
import { MAX_SOURCES, readSources } from '../pipeline.js';
import type { Discrepancy, Report, SourceId, SourceInput, UnreadableSource } from '../report/types.js';
import type { SourceLoader } from '../sources/load-source.js';
import type { Cpu } from '../workers/cpu.js';
import type { LlmEngine } from '../llm/llm-engine.js';
import type { ThreadSource, ThreadState } from './thread-state.js';
import { keyOf } from '../report/keys.js';

const HISTORY_LIMIT = 50;

export interface Change {
  report: Report;
  added: ThreadSource[];
  unreadable: UnreadableSource[];
  /** Discrepancies the new report has that the previous one did not. */
  newDiscrepancies: Discrepancy[];
  /** Sources now set apart as a different event that were not before. */
  newlyDifferent: SourceId[];
}


/**
 * The comparison threads: their sources and history in Keyv, so they survive restarts. Operations on
 * one thread run one after another, so two messages adding sources at once cannot lose either.
 */
export class Conversations {
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: Keyv<ThreadState>,
    private readonly loader: SourceLoader,
    private readonly cpu: Cpu,
    private readonly llm?: LlmEngine,
  ) {}

  get(threadId: string): Promise<ThreadState | undefined> {
    return this.store.get(threadId);
  }

  async start(state: Omit<ThreadState, 'version' | 'discrepancyKeys' | 'differentEvent' | 'listening' | 'history' | 'createdAt'>, report: Report): Promise<ThreadState> {
    const full: ThreadState = {
      ...state,
      version: 1,
      createdAt: new Date().toISOString(),
      discrepancyKeys: report.discrepancies.map(keyOf),
      differentEvent: report.sources.filter((s) => !s.sameEvent).map((s) => s.id),
      listening: true,
      history: [],
    };
    await this.store.set(state.threadId, full);
    return full;
  }

  /**
   * Answers from the thread's sources: through the model when one is configured (its citations checked
   * against the sources), else, or when the model fails, from the sentences that cover the question.
   */
  ask(threadId: string, question: string, userId: string, locale?: string): Promise<Answer & { state: ThreadState; modelText?: string }> {
    return this.exclusive(threadId, async () => {
      const state = await this.require(threadId);
      state.history = [...state.history, { at: new Date().toISOString(), userId, question }].slice(-HISTORY_LIMIT);
      await this.store.set(threadId, state);
      const sources = state.sources.map((s) => ({ id: s.id, article: s.article }));
      const model = await this.llm?.answer(question, sources, { locale: locale ?? state.locale, guildId: state.guildId });
      if (model) {
        const cited = new Set(model.citations.map((c) => c.sourceId));
        return { citations: model.citations, silent: sources.map((s) => s.id).filter((id) => !cited.has(id)), state, modelText: model.text };
      }
      return { ...answerQuestion(question, sources), state };
    });
  }

  addSources(threadId: string, inputs: SourceInput[], labels: string[]): Promise<Change> {
    return this.exclusive(threadId, async () => {
      const state = await this.require(threadId);
      if (state.sources.length + inputs.length > MAX_SOURCES) {
        throw new UserError(`A comparison holds at most ${MAX_SOURCES} sources; this one has ${state.sources.length}. Drop one first ("drop S2").`);
      }
      const first = state.nextNumber;
      const read = await readSources(inputs, { loader: this.loader, labels }, first);
      state.nextNumber += inputs.length;
      const added: ThreadSource[] = read.articles.map((a) => {
        const i = Number(a.id.slice(1)) - first;
        return { id: a.id, input: inputs[i]!, label: labels[i]!, article: a.article };
      });
      state.sources.push(...added);
      return { ...(await this.reanalyze(state)), added, unreadable: read.unreadable };
    });
  }

  dropSource(threadId: string, id: SourceId): Promise<Omit<Change, 'added' | 'unreadable'>> {
    return this.exclusive(threadId, async () => {
      const state = await this.require(threadId);
      if (!state.sources.some((s) => s.id === id)) throw new UserError(`There is no source ${id} in this comparison.`);
      if (state.sources.length <= 2) throw new UserError('A comparison needs at least two sources; add another before dropping one.');
      state.sources = state.sources.filter((s) => s.id !== id);
      return this.reanalyze(state);
    });
  }

  setListening(threadId: string, listening: boolean): Promise<void> {
    return this.exclusive(threadId, async () => {
      const state = await this.require(threadId);
      state.listening = listening;
      await this.store.set(threadId, state);
    });
  }

  private async reanalyze(state: ThreadState): Promise<Omit<Change, 'added' | 'unreadable'>> {
    const result = await this.cpu.analyze(state.sources.map((s) => s.article), state.sources.map((s) => s.id));
    const report: Report = { ...result, unreadable: [] };
    const before = new Set(state.discrepancyKeys);
    const newDiscrepancies = report.discrepancies.filter((d) => !before.has(keyOf(d)));
    const different = report.sources.filter((s) => !s.sameEvent).map((s) => s.id);
    const newlyDifferent = different.filter((id) => !state.differentEvent.includes(id));
    state.discrepancyKeys = report.discrepancies.map(keyOf);
    state.differentEvent = different;
    await this.store.set(state.threadId, state);
    return { report, newDiscrepancies, newlyDifferent };
  }

  private async require(threadId: string): Promise<ThreadState> {
    const state = await this.store.get(threadId);
    if (!state) throw new UserError('This thread is not a Parallax comparison. Start one with /compare.');
    return state;
  }

  private exclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(task);
    const tail = run.catch(() => undefined);
    this.locks.set(key, tail);
    void tail.then(() => {
      if (this.locks.get(key) === tail) this.locks.delete(key);
    });
    return run;
  }
}
