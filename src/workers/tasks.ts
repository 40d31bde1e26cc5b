import { SourceError, UserError } from '../errors.js';
import type { Article, SourceId } from '../report/types.js';

/** The work a pool's worker does, as a message. */
export type CpuTask =
  | { op: 'extract'; html: string; url?: string }
  | { op: 'pdf'; bytes: Uint8Array; url?: string }
  | { op: 'analyze'; articles: Article[]; ids?: SourceId[] }
  | { op: 'summarize'; article: Article };

/** An error as it crosses from a worker: its class name and message, never its stack. */
export interface TaskFailure {
  name: string;
  message: string;
}

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: TaskFailure };

export function failureOf(err: unknown): TaskFailure {
  return err instanceof Error ? { name: err.name, message: err.message } : { name: 'Error', message: String(err) };
}

/** The error a failed task rejects with: a SourceError or UserError stays one; anything else keeps its name only. */
export function errorOf(failure: TaskFailure): Error {
  if (failure.name === 'SourceError') return new SourceError(failure.message);
  if (failure.name === 'UserError') return new UserError(failure.message);
  return Object.assign(new Error(failure.message), { name: failure.name });
}

/** Why a task was stopped for overrunning its time or memory limit, in words for the person who asked. */
export function overrun(task: CpuTask, limit: 'time' | 'memory', limits: { taskMs: number; analyzeMs: number; memoryMb: number }): SourceError {
  const what = task.op === 'analyze' ? 'The comparison' : task.op === 'summarize' ? 'The summary' : 'This source';
  if (limit === 'memory') return new SourceError(`${what} is too large to analyse (it needed more than ${limits.memoryMb} MB of memory).`);
  const doing = task.op === 'analyze' || task.op === 'summarize' ? 'analyse' : 'read';
  const ms = doing === 'read' ? limits.taskMs : limits.analyzeMs;
  const seconds = ms % 1000 === 0 ? String(ms / 1000) : (ms / 1000).toFixed(1);
  return new SourceError(`${what} took too long to ${doing} (over ${seconds} s).`);
}

export function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : Object.assign(new Error('The task was cancelled.'), { name: 'AbortError' });
}
