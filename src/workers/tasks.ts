import { type MessageParams, SourceError, UserError } from '../errors.js';
import type { Key } from '../i18n/translate.js';
import type { Article, SourceId } from '../report/types.js';

/** The work a pool's worker does, as a message. */
export type CpuTask =
  | { op: 'extract'; html: string; url?: string }
  | { op: 'pdf'; bytes: Uint8Array; url?: string }
  | { op: 'analyze'; articles: Article[]; ids?: SourceId[] }
  | { op: 'summarize'; article: Article };

/** An error as it crosses from a worker: its class name and message (and a user error's message key), never its stack. */
export interface TaskFailure {
  name: string;
  message: string;
  said?: { key: Key; params?: MessageParams | undefined } | undefined;
}

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: TaskFailure };

export function failureOf(err: unknown): TaskFailure {
  if (err instanceof UserError && err.key) return { name: err.name, message: err.message, said: { key: err.key, params: err.params } };
  return err instanceof Error ? { name: err.name, message: err.message } : { name: 'Error', message: String(err) };
}

/** The error a failed task rejects with: a SourceError or UserError stays one; anything else keeps its name only. */
export function errorOf(failure: TaskFailure): Error {
  if (failure.name === 'SourceError') return new SourceError(failure.message, failure.said);
  if (failure.name === 'UserError') return new UserError(failure.message, failure.said);
  return Object.assign(new Error(failure.message), { name: failure.name });
}

/** Why a task was stopped for overrunning its time or memory limit, in words for the person who asked. */
export function overrun(task: CpuTask, limit: 'time' | 'memory', limits: { taskMs: number; analyzeMs: number; memoryMb: number }): SourceError {
  const what = task.op === 'analyze' ? 'Comparison' : task.op === 'summarize' ? 'Summary' : 'Source';
  if (limit === 'memory') return SourceError.of(`overMemory${what}`, { mb: limits.memoryMb });
  const ms = what === 'Source' ? limits.taskMs : limits.analyzeMs;
  return SourceError.of(`overTime${what}`, { s: ms % 1000 === 0 ? String(ms / 1000) : (ms / 1000).toFixed(1) });
}

export function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : Object.assign(new Error('The task was cancelled.'), { name: 'AbortError' });
}
