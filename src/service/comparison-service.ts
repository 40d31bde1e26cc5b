import { Keyv } from 'keyv';
import { answerQuestion, type Answer } from '../analysis/answer.js';
import type { ThreadSource, ThreadState } from '../conversation/thread-state.js';
import { ThreadStore } from '../conversation/thread-store.js';
import { english, UserError } from '../errors.js';
import type { LlmEngine } from '../llm/llm-engine.js';
import type { Logger } from '../logger.js';
import type { Report, Said, SourceId, Summary } from '../report/types.js';
import type { LoadRequest, SourceLoader } from '../sources/load-source.js';
import type { Cpu } from '../workers/cpu.js';
import { type AnalyzeOptions, analyzeSources, type Requester } from './analyze-sources.js';
import { readSources, type ReadSource } from './read-sources.js';
import { labelOf, type SourceRequests } from './requests.js';
import { checkRoomFor, checkSingleSource, checkSourceCount, MIN_SOURCES, NotEnoughSourcesError } from './source-count.js';
import { type Change, changeOf, remembered } from './thread-change.js';
import { TurnGate } from './turn-gate.js';

const HISTORY_LIMIT = 50;

export interface ServiceDeps {
  loader: SourceLoader;
  cpu: Cpu;
  /** The model engine, when one is configured. */
  llm?: LlmEngine | undefined;
  /** Where comparison threads are kept; in memory when not given. */
  threads?: Keyv<ThreadState> | undefined;
  log?: Logger | undefined;
  /**
   * Lets comparisons start one per event-loop turn, so acknowledgements of interactions still arriving
   * in a burst go first (turn-gate.ts). The bot gives its one gate; a service of its own gets its own.
   */
  starts?: TurnGate | undefined;
}

export interface Progress {
  stage: 'reading' | 'comparing';
  done: number;
  total: number;
  /** While comparing: whether the model is being asked too. */
  withModel?: boolean;
}

export interface CompareOptions extends AnalyzeOptions {
  /** How to name each request in messages (defaults to its link, file name or title). */
  labels?: readonly string[] | undefined;
  onProgress?: ((progress: Progress) => void) | undefined;
  /** Read links again rather than from the cache (a report's Re-check). */
  fresh?: boolean | undefined;
}

/** A comparison: the report, and the sources it was made from (what a thread keeps). */
export interface Comparison {
  report: Report;
  sources: ThreadSource[];
}

/** Who opened a comparison thread, and where; the locale and engine its re-analyses keep. */
export type NewThread = Pick<ThreadState, 'threadId' | 'guildId' | 'channelId' | 'createdBy'> & {
  locale?: string | undefined;
  engine?: AnalyzeOptions['engine'];
};

/** `modelNote`: why the model did not answer when it failed (e.g. too slow), said beside the offline answer; `modelNoteSaid` by key. */
export type ThreadAnswer = Answer & { state: ThreadState; modelText?: string; modelNote?: string; modelNoteSaid?: Said };

/**
 * The use case, for the bot, the CLI and the library alike: read sources (any failure of one kept
 * with its reason), compare them with the offline engine and, when configured, the model, and carry
 * the conversation on in a thread with the same analysis. Knows nothing of Discord.
 */
export class ComparisonService {
  private readonly threads: ThreadStore;
  private readonly starts: TurnGate;

  constructor(private readonly deps: ServiceDeps) {
    this.threads = new ThreadStore(deps.threads ?? new Keyv<ThreadState>());
    this.starts = deps.starts ?? new TurnGate(1);
  }

  /** The model's name when one is configured. */
  get model(): string | undefined {
    return this.deps.llm?.model;
  }

  /** Throws the UserError a comparison of `count` sources would, before anything is read or deferred. */
  checkCount(count: number): void {
    checkSourceCount(count);
  }

  /** Throws the UserError a summary of `count` sources would: it takes exactly one. */
  checkSummaryCount(count: number): void {
    checkSingleSource(count);
  }

  /**
   * Compares 2–10 sources about one story: summaries, consensus, discrepancies with verbatim evidence,
   * sources about a different event set apart, unreadable sources listed with the reason.
   */
  async compare(requests: readonly LoadRequest[], options: CompareOptions = {}): Promise<Comparison> {
    checkSourceCount(requests.length);
    // In a burst, the acknowledgements of the interactions still arriving go before this slow work.
    await this.starts.turn();
    const { read, unreadable } = await readSources(this.deps.loader, requests, {
      labels: options.labels,
      signal: options.signal,
      fresh: options.fresh,
      log: this.deps.log,
      locale: options.locale,
      onProgress: (done, total) => options.onProgress?.({ stage: 'reading', done, total }),
    });
    if (read.length < MIN_SOURCES) throw new NotEnoughSourcesError(unreadable, read.length);
    options.onProgress?.({ stage: 'comparing', done: 0, total: read.length, withModel: Boolean(this.deps.llm) && options.engine !== 'offline' });
    const report: Report = { ...(await analyzeSources(this.deps, read, options)), unreadable };
    this.deps.log?.info(
      { guildId: options.requester?.guildId, userId: options.requester?.userId, sources: read.length, unreadable: unreadable.length, discrepancies: report.discrepancies.length, engine: report.engine.name },
      'comparison done',
    );
    return { report, sources: read.map((r) => threadSource(r, requests, options.labels)) };
  }

  /** Summarises one source: title, outlet, date, length, a one-sentence summary and key points. */
  async summarize(request: LoadRequest, options: { signal?: AbortSignal | undefined } = {}): Promise<Summary> {
    const article = await this.deps.loader.load(request, { signal: options.signal });
    return this.deps.cpu.summarize(article, options.signal);
  }

  thread(threadId: string): Promise<ThreadState | undefined> {
    return this.threads.get(threadId);
  }

  /** Keeps a comparison's sources for the thread that continues it. */
  async startThread(thread: NewThread, comparison: Comparison): Promise<ThreadState> {
    const { engine, locale, ...where } = thread;
    const state: ThreadState = {
      ...where,
      ...(locale ? { locale } : {}),
      ...(engine ? { engine } : {}),
      version: 1,
      createdAt: new Date().toISOString(),
      nextNumber: comparison.report.sources.length + comparison.report.unreadable.length + 1,
      sources: comparison.sources,
      ...remembered(comparison.report),
      listening: true,
      history: [],
    };
    await this.threads.save(state);
    return state;
  }

  /**
   * Answers from the thread's sources: through the model when one is configured (its citations checked
   * against the sources), else, or when the model fails, from the sentences that cover the question.
   */
  ask(threadId: string, question: string, asker: { userId: string; locale?: string | undefined; signal?: AbortSignal | undefined }): Promise<ThreadAnswer> {
    return this.threads.exclusive(threadId, async (state) => {
      state.history = [...state.history, { at: new Date().toISOString(), userId: asker.userId, question }].slice(-HISTORY_LIMIT);
      await this.threads.save(state);
      const sources = state.sources.map((s) => ({ id: s.id, article: s.article }));
      const model = await this.deps.llm?.answer(question, sources, { locale: asker.locale ?? state.locale, guildId: state.guildId, signal: asker.signal });
      if (model?.text !== undefined) {
        const cited = new Set(model.citations.map((c) => c.sourceId));
        return { citations: model.citations, silent: sources.map((s) => s.id).filter((id) => !cited.has(id)), state, modelText: model.text };
      }
      const note = model?.notUsed
        ? { modelNote: english('modelNotUsedShort', { reason: model.notUsed }), modelNoteSaid: { key: 'modelNotUsedShort', params: { reason: model.notUsedSaid ?? model.notUsed } } satisfies Said }
        : {};
      return { ...answerQuestion(question, sources), state, ...note };
    });
  }

  /** Adds sources to a thread's comparison (new ids, never reused) and says what changed. */
  addSources(threadId: string, wanted: SourceRequests, options: { requester?: Requester; signal?: AbortSignal | undefined } = {}): Promise<Change> {
    return this.threads.exclusive(threadId, async (state) => {
      checkRoomFor(state.sources.length, wanted.requests.length);
      const { read, unreadable } = await readSources(this.deps.loader, wanted.requests, { labels: wanted.labels, firstNumber: state.nextNumber, signal: options.signal, log: this.deps.log, locale: state.locale });
      state.nextNumber += wanted.requests.length;
      const added = read.map((r) => threadSource(r, wanted.requests, wanted.labels));
      state.sources.push(...added);
      return { ...(await this.reanalyze(state, options)), added, unreadable };
    });
  }

  /** Drops one source from a thread's comparison; the others keep their ids. */
  dropSource(threadId: string, id: SourceId, options: { requester?: Requester; signal?: AbortSignal | undefined } = {}): Promise<Change> {
    return this.threads.exclusive(threadId, async (state) => {
      if (!state.sources.some((s) => s.id === id)) throw UserError.of('noSuchSource', { id });
      if (state.sources.length <= MIN_SOURCES) throw UserError.of('dropNeedsMore', { min: MIN_SOURCES });
      state.sources = state.sources.filter((s) => s.id !== id);
      return { ...(await this.reanalyze(state, options)), added: [], unreadable: [] };
    });
  }

  /** Whether the bot answers plain messages in the thread ("stop" / "start"). */
  setListening(threadId: string, listening: boolean): Promise<void> {
    return this.threads.exclusive(threadId, async (state) => {
      state.listening = listening;
      await this.threads.save(state);
    });
  }

  /** The thread's sources analysed again, by the same path as the first comparison (the model included). */
  private async reanalyze(state: ThreadState, options: { requester?: Requester; signal?: AbortSignal | undefined }): Promise<Pick<Change, 'report' | 'newDiscrepancies' | 'newlyDifferent'>> {
    const requester = { guildId: state.guildId, userId: options.requester?.userId };
    const result = await analyzeSources(this.deps, state.sources, { engine: state.engine, locale: state.locale, requester, signal: options.signal });
    const report: Report = { ...result, unreadable: [] };
    const change = changeOf(state, report);
    await this.threads.save(state);
    return { report, ...change };
  }
}

/** A source as a thread keeps it: a link or a text as given; anything else (a file, whose link or bytes do not last) as the text read from it. */
function threadSource(r: ReadSource, requests: readonly LoadRequest[], labels: readonly string[] | undefined): ThreadSource {
  const request = requests[r.index]!;
  const label = labels?.[r.index] ?? labelOf(request);
  const input = 'url' in request || 'text' in request ? request : { text: r.article.text, title: r.article.title ?? label };
  return { id: r.id, input, label, article: r.article };
}
