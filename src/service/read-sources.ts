import { BusyError, SourceError, UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Article, SourceId, UnreadableSource } from '../report/types.js';
import type { LoadRequest, SourceLoader } from '../sources/load-source.js';
import { labelOf } from './requests.js';

/** A source that was read, with the position of its request (ids are given from it, never parsed back). */
export interface ReadSource {
  index: number;
  id: SourceId;
  article: Article;
}

export interface ReadOptions {
  /** How to name each request in messages (defaults to its link, file name or title). */
  labels?: readonly string[] | undefined;
  /** The number of the first source: a thread goes on from its last one, so ids are never reused. */
  firstNumber?: number;
  signal?: AbortSignal | undefined;
  /** Read links again rather than from the cache. */
  fresh?: boolean | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Where failures nobody expected are logged with their stack. */
  log?: Logger | undefined;
  /** The reader's locale: why a source could not be read is said in its language (English without one). */
  locale?: string | undefined;
}

const UNEXPECTED = 'an unexpected error on our side stopped the reading of this source.';

/**
 * Reads each request; any failure of one source makes it unreadable with a one-line reason, so one page
 * that crashes the extractor never sinks the comparison. Only a cancellation or a full queue stops it all.
 */
export async function readSources(loader: SourceLoader, requests: readonly LoadRequest[], options: ReadOptions = {}): Promise<{ read: ReadSource[]; unreadable: UnreadableSource[] }> {
  const first = options.firstNumber ?? 1;
  let done = 0;
  const outcomes = await Promise.all(
    requests.map(async (request, index): Promise<ReadSource | UnreadableSource> => {
      const id = `S${first + index}` as SourceId;
      try {
        return { index, id, article: await loader.load(request, { signal: options.signal, fresh: options.fresh }) };
      } catch (err) {
        if (options.signal?.aborted) throw options.signal.reason;
        if (err instanceof BusyError) throw err;
        const input = options.labels?.[index] ?? labelOf(request);
        return { id, input, reason: reasonOf(err, id, input, options) };
      } finally {
        options.onProgress?.(++done, requests.length);
      }
    }),
  );
  options.signal?.throwIfAborted();
  return {
    read: outcomes.filter((o): o is ReadSource => 'article' in o),
    unreadable: outcomes.filter((o): o is UnreadableSource => 'reason' in o),
  };
}

function reasonOf(err: unknown, id: SourceId, input: string, { log, locale }: ReadOptions): string {
  if (err instanceof SourceError || err instanceof UserError) return err.translate(locale);
  log?.error({ err, sourceId: id, input }, 'reading a source failed unexpectedly');
  return UNEXPECTED;
}
