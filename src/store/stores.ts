import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Keyv, KeyvStoreAdapter } from 'keyv';
import KeyvSqlite from '@keyv/sqlite';
import type { Logger } from '../logger.js';
import type { Article } from '../report/types.js';
import type { ThreadState } from '../conversation/thread-state.js';
import type { AnalysisResult } from '../analysis/engine.js';
import type { ReportInput, StoredReport } from '../discord/compact/report-store.js';
import type { ServerSettings } from '../discord/settings/server-settings.js';
import type { JournalEntry } from '../ops/journal.js';
import { type Counters, KeyvCounters, RedisCounters, type RedisCommands } from './counters.js';
import { guarded, GuardedKeyv, StoreHealth } from './store-guard.js';

const DAY_MS = 86_400_000;
/** How long server settings read from the store are reused (src/store/store-guard.ts, readCacheMs). */
const SETTINGS_READ_CACHE_MS = 5_000;

/** One Keyv per concern, each in its own table or namespace, each call with a deadline. */
export interface Stores {
  articles: Keyv<Article>;
  threads: Keyv<ThreadState>;
  meta: Keyv<string>;
  /** Model comparisons by a hash of model, prompt version, language and source texts. */
  llm: Keyv<AnalysisResult>;
  /** Token counts per server and day, and per-user cooldowns (kept through `counters`). */
  budget: Keyv<number>;
  /** The budget's atomic counters: on Redis shared by every process, else over `budget` in this one. */
  counters: Counters;
  /** Reports by id, for their buttons and forms (after a restart too). */
  reports: Keyv<StoredReport>;
  /** Each server's /parallax settings. */
  settings: Keyv<ServerSettings>;
  /** Each person's sources collected with Apps › Add to comparison, for 15 minutes. */
  pending: Keyv<ReportInput[]>;
  /** Comparisons in flight, so a crash or a restart loses none of them (src/ops/journal.ts). */
  journal: Keyv<JournalEntry>;
  health: StoreHealth;
  /** True when the store answers a read within the deadline: for /healthz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Deadline for one store call. */
  timeoutMs?: number;
  /** How long a thread is kept after its last change. */
  threadTtlMs?: number;
  /** How long a model comparison is reused. */
  llmTtlMs?: number;
}

export async function createStores(url: string, log: Logger, options: StoreOptions = {}): Promise<Stores> {
  const health = new StoreHealth(log);
  const timeoutMs = options.timeoutMs ?? 2_000;
  const { adapter, redis } = await adapterFactory(url);
  const make = async <T>(name: string, lenient: boolean, ttl?: number, guard: { durableWriteMs?: number; readCacheMs?: number } = {}): Promise<Keyv<T>> =>
    new GuardedKeyv<T>({ store: await adapter(name), namespace: name, ...(ttl ? { ttl } : {}) }, { name, timeoutMs, health, lenient, ...guard });
  const stores = {
    articles: await make<Article>('articles', true),
    // A report's thread exists only once its state is stored: a write slow in a burst must not cost it.
    threads: await make<ThreadState>('threads', false, options.threadTtlMs ?? 30 * DAY_MS, { durableWriteMs: Math.max(5 * timeoutMs, 10_000) }),
    meta: await make<string>('meta', false),
    llm: await make<AnalysisResult>('llm', true, options.llmTtlMs ?? 7 * DAY_MS),
    budget: await make<number>('budget', true),
    journal: await make<JournalEntry>('journal', false),
    // Each entry sets its own time to live (reports 30 days, pending lists 15 minutes); settings stay.
    reports: await make<StoredReport>('reports', false),
    // Read before every command's acknowledgement (where it may answer, whether privately): once per burst.
    settings: await make<ServerSettings>('settings', false, undefined, { readCacheMs: SETTINGS_READ_CACHE_MS }),
    pending: await make<ReportInput[]>('pending', false),
  };
  const counters = redis
    ? new RedisCounters(redis, (op, fallback) => guarded(op, fallback, { name: 'budget', timeoutMs, health, lenient: true }))
    : new KeyvCounters(stores.budget);
  return {
    ...stores,
    counters,
    health,
    ping: async () => {
      try {
        await stores.meta.get('ping');
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      await Promise.all(Object.values(stores).map((k) => k.disconnect().catch(() => undefined)));
    },
  };
}

/** Makes each concern's adapter. On Redis they share one connection, so an outage starts and ends once for all. */
async function adapterFactory(url: string): Promise<{ adapter: (table: string) => Promise<KeyvStoreAdapter | Map<string, unknown>>; redis?: () => Promise<RedisCommands> }> {
  if (url.startsWith('memory:')) return { adapter: async () => new Map() };
  if (url.startsWith('redis')) {
    const { default: KeyvRedis, createClient } = await import('@keyv/redis');
    const client = createClient({ url });
    // Failures must reach the guard (which tells users and counts them), not be swallowed as misses;
    // a Redis that is down at start must not stop the bot: it reconnects when Redis returns.
    const adapters = new Map<string, InstanceType<typeof KeyvRedis>>();
    const adapter = async (table: string) => {
      const made = new KeyvRedis(client, { throwOnErrors: true, throwOnConnectError: false });
      adapters.set(table, made);
      return made as unknown as KeyvStoreAdapter;
    };
    // The counters' raw commands go through the budget's adapter, which connects the shared client as Keyv does.
    return { adapter, redis: () => adapters.get('budget')!.getClient() as Promise<RedisCommands> };
  }
  // sqlite://relative/path or sqlite:///absolute/path
  const file = resolve(url.replace(/^sqlite:\/\//, ''));
  mkdirSync(dirname(file), { recursive: true });
  const adapter = async (table: string) => {
    const sqlite = new KeyvSqlite({ uri: `sqlite://${file}`, table: `parallax_${table}`, busyTimeout: 5000 });
    await tune(sqlite);
    return sqlite as unknown as KeyvStoreAdapter;
  };
  return { adapter };
}

/**
 * SQLite for many small writes at once (a burst of comparisons: journal entries, reports, thread
 * states, cached articles). In WAL mode readers and the writer do not block each other, and a commit
 * appends to the log instead of syncing the database file each time: in the default rollback mode a
 * burst of 1,000 queued its writes behind one fsync each and some took longer than STORE_TIMEOUT_MS.
 * `synchronous = NORMAL` is SQLite's advice for WAL: still consistent after a crash; a power cut can
 * lose the last commits, never corrupt the file. WAL is a property of the file; the rest are per
 * connection (each table has its own).
 */
async function tune(sqlite: KeyvSqlite): Promise<void> {
  await sqlite.query('PRAGMA journal_mode = WAL');
  await sqlite.query('PRAGMA synchronous = NORMAL');
}
