import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  DISCORD_TOKEN: z.string().trim().min(1).optional(),
  DISCORD_API_URL: z.url({ protocol: /^https?$/ }).optional().transform((u) => u?.replace(/\/+$/, '')),
  DISCORD_GUILD_ID: z.string().regex(/^\d{17,20}$/, 'must be a server (guild) id: 17–20 digits').optional(),
  STORE_URL: z
    .string()
    .default('sqlite://data/parallax.sqlite')
    .refine((u) => /^(sqlite|redis|rediss|memory):/.test(u), 'must start with sqlite://, redis://, rediss:// or memory:'),
  FETCH_ALLOW_HOSTS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((h) => h.trim()).filter(Boolean))
    .refine((hosts) => hosts.every((h) => /^(\[[0-9a-f:.]+\]|[\w.-]+)(:\d{1,5})?$/i.test(h)), 'must be a comma-separated list of host or host:port'),
  FETCH_TIMEOUT_MS: positiveInt(15_000),
  FETCH_FIRST_BYTE_MS: positiveInt(10_000),
  FETCH_PER_HOST: z.coerce.number().int().min(1).max(16).default(2),
  // Requests that may wait for one site beyond FETCH_PER_HOST; one more is refused at once ("busy").
  FETCH_PER_HOST_QUEUE: z.coerce.number().int().min(0).max(100_000).default(16),
  FETCH_MAX_BYTES: positiveInt(5 * 1024 * 1024),
  FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  ARTICLE_CACHE_TTL_HOURS: positiveInt(24),
  BOT_CONTACT_URL: z.url().default('https://github.com/parallax-bot/parallax'),
  ANALYSIS_WORKERS: z.coerce.number().int().min(0).max(16).optional(),
  // Tasks that may wait for a worker thread; unset = MAX_RUNNING, so an admitted command is not refused later.
  ANALYSIS_QUEUE: z.coerce.number().int().min(1).max(1_000_000).optional(),
  OPENAI_API_KEY: z.string().trim().min(1).optional(),
  OPENAI_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  OPENAI_MODEL: z.string().trim().min(1).optional(),
  OPENAI_TIMEOUT_MS: positiveInt(60_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  OPENAI_RESPONSE_FORMAT: z.enum(['json_schema', 'json_object']).default('json_schema'),
  LLM_DAILY_TOKENS_PER_GUILD: z.coerce.number().int().min(0).default(500_000),
  LLM_USER_COOLDOWN_SECONDS: z.coerce.number().int().min(0).default(20),
  LLM_CHUNK_CHARS: z.coerce.number().int().min(1000).default(12_000),
  // All of a comparison's (or a thread answer's) model work, calls, retries and waits included.
  LLM_COMPARE_DEADLINE_SECONDS: z.coerce.number().int().min(1).max(600).default(45),
  LLM_ANSWER_DEADLINE_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  SHARD_COUNT: z.coerce.number().int().min(1).max(4096).optional(),
  SHARD_IDS: z
    .string()
    .optional()
    .transform((s) => s?.split(',').map((id) => id.trim()).filter(Boolean).map(Number))
    .refine((ids) => !ids || ids.every((id) => Number.isInteger(id) && id >= 0), 'must be a comma-separated list of shard numbers (0, 1, …)'),
  STORE_TIMEOUT_MS: positiveInt(2_000),
  THREAD_TTL_DAYS: positiveInt(30),
  LLM_CACHE_TTL_DAYS: positiveInt(7),
  HTTP_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  HTTP_HOST: z.string().trim().min(1).default('127.0.0.1'),
  MAX_RUNNING: positiveInt(1_000),
  MAX_RUNNING_PER_GUILD: positiveInt(200),
  MAX_RUNNING_PER_USER: positiveInt(5),
  // Comparisons as jobs for `npm run worker` processes (src/queue); unset: run in the bot's own pool.
  QUEUE_URL: z
    .string()
    .optional()
    .refine((u) => !u || /^rediss?:\/\//.test(u), 'must be a redis:// or rediss:// URL (BullMQ runs on Redis)'),
  // A worker that stops renewing its job's lock (killed, hung) loses the job after QUEUE_LOCK_SECONDS;
  // every QUEUE_STALLED_CHECK_SECONDS each live worker looks for such jobs and takes them back.
  QUEUE_LOCK_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  QUEUE_STALLED_CHECK_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(600).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema>;
export type BotConfig = Config & { DISCORD_TOKEN: string };

/** A configuration problem, said in one line that names the variable to set. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

// Empty strings in .env files mean "not set", as they do for most tools.
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== ''));
}

/** Parses the environment once. `forBot` requires the Discord token; the CLI does not need it. */
export function loadConfig(env: NodeJS.ProcessEnv, forBot: true): BotConfig;
export function loadConfig(env: NodeJS.ProcessEnv, forBot?: false): Config;
export function loadConfig(env: NodeJS.ProcessEnv, forBot = false): Config {
  const parsed = schema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid setting ${String(issue.path[0])}: ${issue.message}. Fix it in the environment or in .env (see .env.example).`);
  }
  const d = parsed.data;
  if (d.OPENAI_MODEL && !d.OPENAI_API_KEY && !d.OPENAI_BASE_URL) {
    throw new ConfigError('OPENAI_MODEL is set but neither OPENAI_API_KEY (for OpenAI) nor OPENAI_BASE_URL (for a server of your own) is. Set one, or unset OPENAI_MODEL to use the offline engine.');
  }
  if (!d.OPENAI_MODEL && (d.OPENAI_API_KEY || d.OPENAI_BASE_URL)) {
    throw new ConfigError('OPENAI_API_KEY or OPENAI_BASE_URL is set but OPENAI_MODEL is not. Name the model to use (e.g. OPENAI_MODEL=gpt-4o-mini), or unset them to use the offline engine.');
  }
  if (d.SHARD_IDS && (!d.SHARD_COUNT || d.SHARD_IDS.some((id) => id >= d.SHARD_COUNT!))) {
    throw new ConfigError(`SHARD_IDS lists shards this process runs; each must be below SHARD_COUNT${d.SHARD_COUNT ? ` (${d.SHARD_COUNT})` : ', which is not set'}.`);
  }
  if (d.QUEUE_URL && !/^rediss?:/.test(d.STORE_URL)) {
    // A worker must see the journal entry, write the report and the thread's state where the bot reads
    // them; only a store every process reaches does that (a SQLite file is one machine's, memory one process's).
    throw new ConfigError(`QUEUE_URL is set, so comparisons run in worker processes, but STORE_URL is ${d.STORE_URL.split(':')[0]}: the bot and every worker must share one store. Set STORE_URL to a redis:// URL (it may be the queue's Redis), or unset QUEUE_URL.`);
  }
  if (forBot && !parsed.data.DISCORD_TOKEN) {
    throw new ConfigError('DISCORD_TOKEN is not set. Put your bot token in .env (DISCORD_TOKEN=...) or in the environment; see .env.example.');
  }
  return parsed.data;
}

/** Loads `.env` from the working directory into process.env when there is one; a missing file is fine. */
export function loadDotEnv(path = '.env'): void {
  try {
    process.loadEnvFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new ConfigError(`Could not read ${path}: ${(err as Error).message}`);
  }
}

export function fetchLimitsOf(config: Config) {
  return {
    timeoutMs: config.FETCH_TIMEOUT_MS,
    firstByteMs: config.FETCH_FIRST_BYTE_MS,
    maxBytes: config.FETCH_MAX_BYTES,
    maxRedirects: config.FETCH_MAX_REDIRECTS,
    userAgent: `ParallaxBot/0.1 (+${config.BOT_CONTACT_URL})`,
  };
}

/** The worker pool's size (undefined: CPUs − 1, 1 to 4) and the tasks that may wait for it. */
export function workerPoolOf(config: Config): { workers: number | undefined; maxQueue: number } {
  return { workers: config.ANALYSIS_WORKERS || undefined, maxQueue: config.ANALYSIS_QUEUE ?? config.MAX_RUNNING };
}

export function storeOptionsOf(config: Config) {
  return {
    timeoutMs: config.STORE_TIMEOUT_MS,
    threadTtlMs: config.THREAD_TTL_DAYS * 86_400_000,
    llmTtlMs: config.LLM_CACHE_TTL_DAYS * 86_400_000,
  };
}

/** The gateway shards this process runs: all of SHARD_COUNT unless SHARD_IDS names some; none set = one shard. */
export function shardsOf(config: Config): { ids: number[]; count: number } | undefined {
  if (!config.SHARD_COUNT) return undefined;
  return { ids: config.SHARD_IDS ?? Array.from({ length: config.SHARD_COUNT }, (_, i) => i), count: config.SHARD_COUNT };
}

/** The job queue's settings when QUEUE_URL is set (src/queue), else undefined: comparisons run in-process. */
export function queueOptionsOf(config: Config) {
  if (!config.QUEUE_URL) return undefined;
  return { url: config.QUEUE_URL, lockMs: config.QUEUE_LOCK_SECONDS * 1000, stalledCheckMs: config.QUEUE_STALLED_CHECK_SECONDS * 1000, concurrency: config.WORKER_CONCURRENCY };
}
