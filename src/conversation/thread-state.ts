import type { Article, SourceId, SourceInput } from '../report/types.js';

/** A source as a comparison thread keeps it: what the user gave and what was read. */
export interface ThreadSource {
  id: SourceId;
  input: SourceInput;
  label: string;
  article: Article;
}

/** Everything a comparison thread needs to go on after a restart; stored through Keyv. */
export interface ThreadState {
  version: 1;
  threadId: string;
  guildId: string | null;
  channelId: string;
  createdBy: string;
  createdAt: string;
  /** The next source number to give: ids are never reused, so S3 stays S3 after S2 is dropped. */
  nextNumber: number;
  sources: ThreadSource[];
  /** Discrepancy keys of the last report, to tell what changed when sources are added or dropped. */
  discrepancyKeys: string[];
  differentEvent: SourceId[];
  /** The Discord locale of whoever started the comparison: the model answers in its language. */
  locale?: string;
  /** The engine asked for when the comparison started; every re-analysis uses the same (unset: the default). */
  engine?: 'offline' | 'llm';
  /** Whether the bot answers plain messages (false after "stop"; /ask still works). */
  listening: boolean;
  /** Questions asked so far, newest last, capped. */
  history: Array<{ at: string; userId: string; question: string }>;
}
