import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyze, type AnalysisResult, summarizeArticle } from '../analysis/engine.js';
import { BusyError } from '../errors.js';
import type { Article, SourceId, Summary } from '../report/types.js';
import { extractArticle } from '../sources/extract.js';
import { extractPdf } from '../sources/pdf.js';
import { abortReason, type CpuTask, errorOf, overrun, type Reply } from './tasks.js';

export type { CpuTask } from './tasks.js';

/**
 * The CPU-heavy steps (HTML extraction, analysis), behind one interface so they can leave the event
 * loop. Every method takes an optional AbortSignal: an aborted task is dropped from the queue, or its
 * worker is terminated if it is running.
 */
export interface Cpu {
  extract(html: string, url?: string, signal?: AbortSignal): Promise<Article>;
  extractPdf(bytes: Uint8Array, url?: string, signal?: AbortSignal): Promise<Article>;
  analyze(articles: Article[], ids?: SourceId[], signal?: AbortSignal): Promise<AnalysisResult>;
  summarize(article: Article, signal?: AbortSignal): Promise<Summary>;
  close(): Promise<void>;
}

/**
 * Runs on the calling thread: for the CLI and the library, where nothing else waits on the loop. It
 * cannot stop a task midway, so it checks the signal before each one; extraction bounds its own work.
 */
export const inlineCpu: Cpu = {
  extract: async (html, url, signal) => (signal?.throwIfAborted(), extractArticle(html, url ? { url } : {})),
  extractPdf: async (bytes, url, signal) => (signal?.throwIfAborted(), extractPdf(bytes, url)),
  analyze: async (articles, ids, signal) => (signal?.throwIfAborted(), analyze(articles, ids)),
  summarize: async (article, signal) => (signal?.throwIfAborted(), summarizeArticle(article)),
  close: async () => {},
};

export interface PoolLimits {
  /** Time one extraction (a page, a PDF) may run before its worker is terminated and the task fails. */
  taskMs: number;
  /**
   * Time one analysis or summary may run. Longer, because it reads all the sources of a comparison at
   * once (ten long articles take seconds), and its work grows faster than their text.
   */
  analyzeMs: number;
  /** Heap one worker may use (its old generation); past it the worker dies and is replaced. */
  memoryMb: number;
  /** Tasks that may wait for a worker; one more is refused at once with a BusyError. */
  maxQueue: number;
}

export const DEFAULT_POOL_LIMITS: PoolLimits = { taskMs: 8_000, analyzeMs: 20_000, memoryMb: 768, maxQueue: 100 };

interface Job {
  task: CpuTask;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  signal?: AbortSignal | undefined;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker;
  /** Set once the worker has loaded its modules: a task's time limit starts when it can run. */
  ready: boolean;
  busy?: Job & { id: number; timer: NodeJS.Timeout };
}

/**
 * A fixed pool of worker threads for the bot: the gateway's event loop only posts messages, so
 * acknowledgements stay instant while many comparisons run. Each task runs with a time limit and each
 * worker with a memory limit; a worker that overruns, crashes or whose task is aborted is terminated
 * and replaced, its task fails with a reason for a person, and queued tasks go on.
 */
export class WorkerPool implements Cpu {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly limits: PoolLimits;
  private nextId = 0;
  private closed = false;

  constructor(
    readonly size = Math.max(1, Math.min(4, availableParallelism() - 1)),
    limits: Partial<PoolLimits> = {},
  ) {
    this.limits = { ...DEFAULT_POOL_LIMITS, ...limits };
  }

  /** Tasks waiting for a free worker: for the operator's metrics. */
  get queued(): number {
    return this.queue.length;
  }

  extract(html: string, url?: string, signal?: AbortSignal): Promise<Article> {
    return this.run(url ? { op: 'extract', html, url } : { op: 'extract', html }, signal) as Promise<Article>;
  }

  extractPdf(bytes: Uint8Array, url?: string, signal?: AbortSignal): Promise<Article> {
    return this.run(url ? { op: 'pdf', bytes, url } : { op: 'pdf', bytes }, signal) as Promise<Article>;
  }

  analyze(articles: Article[], ids?: SourceId[], signal?: AbortSignal): Promise<AnalysisResult> {
    return this.run(ids ? { op: 'analyze', articles, ids } : { op: 'analyze', articles }, signal) as Promise<AnalysisResult>;
  }

  summarize(article: Article, signal?: AbortSignal): Promise<Summary> {
    return this.run({ op: 'summarize', article }, signal) as Promise<Summary>;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, new Error('The worker pool is closed.'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private run(task: CpuTask, signal?: AbortSignal): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('The worker pool is closed.'));
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (this.queue.length >= this.limits.maxQueue) return Promise.reject(new BusyError());
    return new Promise((resolve, reject) => {
      const job: Job = { task, resolve, reject, signal };
      if (signal) {
        job.onAbort = () => this.abort(job);
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length && !this.closed) {
      const slot = this.slots.find((s) => s.ready && !s.busy);
      if (!slot) break;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      const timer = setTimeout(() => this.kill(slot, overrun(job.task, 'time', this.limits)), timeLimitOf(job.task, this.limits));
      slot.busy = { ...job, id, timer };
      slot.worker.postMessage({ id, task: job.task });
    }
    // Workers for what still waits, up to the pool's size; each takes work once it has loaded.
    const booting = this.slots.filter((s) => !s.ready).length;
    for (let n = booting; n < this.queue.length && this.slots.length < this.size && !this.closed; n++) this.spawn();
  }

  /** An aborted job leaves the queue, or takes its worker down with it if it is running. */
  private abort(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(job, abortReason(job.signal!));
      return;
    }
    const slot = this.slots.find((s) => s.busy?.resolve === job.resolve);
    if (slot) this.kill(slot, abortReason(job.signal!));
  }

  /** Terminates a worker whose task must stop: the task fails with `error`, a fresh worker takes the queue. */
  private kill(slot: Slot, error: Error): void {
    this.retire(slot, error);
    void slot.worker.terminate();
    this.pump();
  }

  private retire(slot: Slot, error: Error): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    const busy = slot.busy;
    slot.busy = undefined;
    if (busy) this.settle(busy, error);
  }

  private settle(job: Job & { timer?: NodeJS.Timeout }, error?: Error, value?: unknown): void {
    if (job.timer) clearTimeout(job.timer);
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    if (error) job.reject(error);
    else job.resolve(value);
  }

  private spawn(): Slot {
    const worker = createWorker(this.limits.memoryMb);
    const slot: Slot = { worker, ready: false };
    worker.unref();
    worker.on('message', (reply: Reply | { ready: true }) => {
      if ('ready' in reply) {
        slot.ready = true;
        return this.pump();
      }
      const busy = slot.busy;
      if (!busy || busy.id !== reply.id) return;
      slot.busy = undefined;
      this.settle(busy, reply.ok ? undefined : errorOf(reply.error), reply.ok ? reply.value : undefined);
      this.pump();
    });
    const fail = (err: Error & { code?: string }) => {
      if (!this.slots.includes(slot)) return;
      const busy = slot.busy;
      const error = err.code === 'ERR_WORKER_OUT_OF_MEMORY' && busy ? overrun(busy.task, 'memory', this.limits) : new Error(`The analysis worker stopped: ${err.message}`);
      this.retire(slot, error);
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    this.slots.push(slot);
    return slot;
  }
}

function timeLimitOf(task: CpuTask, limits: PoolLimits): number {
  return task.op === 'analyze' || task.op === 'summarize' ? limits.analyzeMs : limits.taskMs;
}

function createWorker(memoryMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.max(16, Math.round(memoryMb / 16)) };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./cpu-worker.js', import.meta.url), { resourceLimits });
  // Running from TypeScript sources (vitest, tsx): the worker registers tsx itself, because Node 20
  // does not apply `--import` loaders given in a worker's execArgv to its entry module.
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./cpu-worker.ts', import.meta.url).href);
  return new Worker(`(async () => { (await import(${api})).register(); await import(${entry}); })();`, { eval: true, resourceLimits });
}
