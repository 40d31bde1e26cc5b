import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Keyv, type KeyvStoreAdapter } from 'keyv';
import KeyvSqlite from '@keyv/sqlite';
import type { Logger } from '../logger.js';
import type { Article } from '../report/types.js';
import type { ThreadState } from '../conversation/thread-state.js';
import type { AnalysisResult } from '../analysis/engine.js';
import type { ReportInput, StoredReport } from '../discord/compact/report-store.js';
import type { ServerSettings } from '../discord/settings/server-settings.js';

/** One Keyv per concern, each in its own table or namespace, each with an error listener. */
export interface Stores {
  articles: Keyv<Article>;
  threads: Keyv<ThreadState>;
  meta: Keyv<string>;
  /** Model comparisons by a hash of model, prompt version, language and source texts. */
  llm: Keyv<AnalysisResult>;
  /** Token counts per server and day, and per-user cooldowns. */
  budget: Keyv<number>;
  /** Reports by id, for their buttons and forms (after a restart too). */
  reports: Keyv<StoredReport>;
  /** Each server's /parallax settings. */
  settings: Keyv<ServerSettings>;
  /** Each person's sources collected with Apps › Add to comparison, for 15 minutes. */
  pending: Keyv<ReportInput[]>;
  close(): Promise<void>;
}

export async function createStores(url: string, log: Logger): Promise<Stores> {
  const make = async <T>(name: string): Promise<Keyv<T>> => {
    const keyv = new Keyv<T>({ store: await adapter(url, name), namespace: name });
    keyv.on('error', (err: unknown) => log.error({ err, store: name }, 'store error'));
    return keyv;
  };
  const stores = {
    articles: await make<Article>('articles'),
    threads: await make<ThreadState>('threads'),
    meta: await make<string>('meta'),
    llm: await make<AnalysisResult>('llm'),
    budget: await make<number>('budget'),
    reports: await make<StoredReport>('reports'),
    settings: await make<ServerSettings>('settings'),
    pending: await make<ReportInput[]>('pending'),
  };
  return {
    ...stores,
    close: async () => {
      await Promise.all(Object.values(stores).map((k) => k.disconnect().catch(() => undefined)));
    },
  };
}

async function adapter(url: string, table: string): Promise<KeyvStoreAdapter | Map<string, unknown>> {
  if (url.startsWith('memory:')) return new Map();
  if (url.startsWith('redis')) {
    const { default: KeyvRedis } = await import('@keyv/redis');
    return new KeyvRedis(url) as unknown as KeyvStoreAdapter;
  }
  // sqlite://relative/path or sqlite:///absolute/path
  const file = resolve(url.replace(/^sqlite:\/\//, ''));
  mkdirSync(dirname(file), { recursive: true });
  return new KeyvSqlite({ uri: `sqlite://${file}`, table: `parallax_${table}`, busyTimeout: 5000 }) as unknown as KeyvStoreAdapter;
}
