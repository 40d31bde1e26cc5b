import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyze, type AnalysisResult, summarizeArticle } from '../analysis/engine.js';
import type { Article, SourceId, Summary } from '../report/types.js';
import { extractArticle } from '../sources/extract.js';
import { extractPdf } from '../sources/pdf.js';

/** The CPU-heavy steps (HTML extraction, analysis), behind one interface so they can leave the event loop. */
export interface Cpu {
  extract(html: string, url?: string): Promise<Article>;
  extractPdf(bytes: Uint8Array, url?: string): Promise<Article>;
  analyze(articles: Article[], ids?: SourceId[]): Promise<AnalysisResult>;
  summarize(article: Article): Promise<Summary>;
  close(): Promise<void>;
}

/** Runs on the calling thread: for the CLI and the library, where nothing else waits on the loop. */
export const inlineCpu: Cpu = {
  extract: async (html, url) => extractArticle(html, url ? { url } : {}),
  extractPdf: (bytes, url) => extractPdf(bytes, url),
  analyze: async (articles, ids) => analyze(articles, ids),
  summarize: async (article) => summarizeArticle(article),
  close: async () => {},
};

export type CpuTask =
  | { op: 'extract'; html: string; url?: string }
  | { op: 'pdf'; bytes: Uint8Array; url?: string }
  | { op: 'analyze'; articles: Article[]; ids?: SourceId[] }
  | { op: 'summarize'; article: Article };
type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

interface Slot {
  worker: Worker;
  busy?: { id: number; resolve: (v: unknown) => void; reject: (e: Error) => void };
}

/**
 * A fixed pool of worker threads for the bot: the gateway's event loop only posts messages, so
 * acknowledgements stay instant while many comparisons run. A crashed worker is replaced and its
 * task fails with a plain error; queued tasks go on.
 */
export class WorkerPool implements Cpu {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ task: CpuTask; resolve: (v: unknown) => void; reject: (e: Error) => void }> = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size = Math.max(1, Math.min(4, availableParallelism() - 1))) {}

  extract(html: string, url?: string): Promise<Article> {
    return this.run(url ? { op: 'extract', html, url } : { op: 'extract', html }) as Promise<Article>;
  }

  extractPdf(bytes: Uint8Array, url?: string): Promise<Article> {
    return this.run(url ? { op: 'pdf', bytes, url } : { op: 'pdf', bytes }) as Promise<Article>;
  }

  /** Tasks waiting for a free worker: for the operator's metrics. */
  get queued(): number {
    return this.queue.length;
  }

  analyze(articles: Article[], ids?: SourceId[]): Promise<AnalysisResult> {
    return this.run(ids ? { op: 'analyze', articles, ids } : { op: 'analyze', articles }) as Promise<AnalysisResult>;
  }

  summarize(article: Article): Promise<Summary> {
    return this.run({ op: 'summarize', article }) as Promise<Summary>;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) q.reject(new Error('The worker pool is closed.'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private run(task: CpuTask): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('The worker pool is closed.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const { task, resolve, reject } = this.queue.shift()!;
      const id = this.nextId++;
      slot.busy = { id, resolve, reject };
      slot.worker.postMessage({ id, task });
    }
  }

  private spawn(): Slot {
    const worker = createWorker();
    const slot: Slot = { worker };
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const busy = slot.busy;
      if (!busy || busy.id !== reply.id) return;
      slot.busy = undefined;
      if (reply.ok) busy.resolve(reply.value);
      else busy.reject(new Error(reply.error));
      this.pump();
    });
    const fail = (err: Error) => {
      this.slots.splice(this.slots.indexOf(slot), 1);
      slot.busy?.reject(new Error(`The analysis worker stopped: ${err.message}`));
      slot.busy = undefined;
      if (!this.closed) this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(new Error(`exit code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }
}

function createWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./cpu-worker.js', import.meta.url));
  // Running from TypeScript sources (vitest, tsx): the worker registers tsx itself, because Node 20
  // does not apply `--import` loaders given in a worker's execArgv to its entry module.
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./cpu-worker.ts', import.meta.url).href);
  return new Worker(`(async () => { (await import(${api})).register(); await import(${entry}); })();`, { eval: true });
}
