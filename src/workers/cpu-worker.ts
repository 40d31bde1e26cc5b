import { parentPort } from 'node:worker_threads';
import { analyze, summarizeArticle } from '../analysis/engine.js';
import { extractArticle } from '../sources/extract.js';
import { extractPdf } from '../sources/pdf.js';
import { type CpuTask, failureOf } from './tasks.js';

/** Runs extraction and analysis off the main thread; one task at a time, answers by id. */
parentPort?.on('message', async ({ id, task }: { id: number; task: CpuTask }) => {
  try {
    const value =
      task.op === 'extract'
        ? extractArticle(task.html, task.url ? { url: task.url } : {})
        : task.op === 'pdf'
          ? await extractPdf(task.bytes, task.url)
          : task.op === 'summarize'
            ? summarizeArticle(task.article)
            : analyze(task.articles, task.ids);
    parentPort!.postMessage({ id, ok: true, value });
  } catch (err) {
    parentPort!.postMessage({ id, ok: false, error: failureOf(err) });
  }
});
parentPort?.postMessage({ ready: true });
