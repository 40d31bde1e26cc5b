import { createClient } from '@keyv/redis';
import { createNodeRedisClient, Queue, Worker } from 'bullmq';
import { abortable } from '../abortable.js';
import type { Logger } from '../logger.js';
import { StoreUnavailableError } from '../store/store-guard.js';

/** One queue for every comparison; its keys live under BullMQ's `bull:` prefix in the queue's Redis. */
export const QUEUE_NAME = 'parallax-comparisons';

/**
 * What a job carries: the journal entry's id (the interaction's; the entry itself is in the store), and
 * the interaction's webhook, so that a job that fails for good can still say so in its reply even when
 * the store it would read the entry from is what failed.
 */
export interface ComparisonJob {
  id: string;
  reply?: JobReply;
}

export interface JobReply {
  applicationId: string;
  token: string;
  locale?: string | undefined;
}

export interface QueueOptionsOf {
  url: string;
  /** How long a worker's hold on a job lasts without being renewed (a killed worker stops renewing). */
  lockMs: number;
  /** How often each worker looks for jobs whose hold ran out, to take them back. */
  stalledCheckMs: number;
  /** Jobs one worker process runs at once. */
  concurrency: number;
}

export type JobCounts = {
  waiting: number;
  active: number;
  delayed: number;
};

/**
 * BullMQ on node-redis: the client the store already uses (@keyv/redis brings it), through BullMQ's own
 * adapter, so the project has one Redis client library. Each Queue and Worker gets a client of its
 * own; a Worker duplicates it for its blocking reads.
 */
function connectionFor(url: string) {
  return createNodeRedisClient(createClient({ url }));
}

/**
 * The bot's side of the queue: a journaled comparison becomes a job, its id the interaction's, so a
 * second add of the same comparison (a retry, a restart's recovery) is the same job, not another.
 */
export class ComparisonQueue {
  private readonly queue: Queue<ComparisonJob>;

  constructor(
    private readonly options: QueueOptionsOf,
    private readonly log: Logger,
    /** Deadline of one enqueue: a Redis that does not answer is an outage the user is told about. */
    private readonly timeoutMs = 2_000,
  ) {
    this.queue = new Queue<ComparisonJob>(QUEUE_NAME, { connection: connectionFor(options.url) });
    this.queue.on('error', (err) => this.log.warn({ err: err.message }, 'job queue error'));
  }

  /** Hands the comparison journaled under `entry.id` to the workers. */
  async enqueue(entry: { id: string } & JobReply): Promise<void> {
    const { id } = entry;
    try {
      await this.withinDeadline(
        this.queue.add('compare', { id, reply: { applicationId: entry.applicationId, token: entry.token, locale: entry.locale } }, {
          // BullMQ takes no all-digit ids (its own are numbers): the interaction's id, prefixed.
          jobId: `compare-${id}`,
          // A crash is not a failure (a stalled job is simply taken back); retries are for a store or
          // Discord that failed before the comparison began, and the journal makes each retry safe.
          attempts: 3,
          backoff: { type: 'fixed', delay: 2_000 },
          // Kept a day, so the same id cannot make a second job meanwhile.
          removeOnComplete: { age: 86_400 },
          removeOnFail: { age: 86_400 },
        }),
      );
    } catch (err) {
      this.log.error({ err: (err as Error).message, interaction: id }, 'could not enqueue a comparison');
      throw new StoreUnavailableError();
    }
  }

  /** Jobs waiting and running, queue-wide (every worker's): for /healthz and /metrics. */
  async counts(): Promise<JobCounts> {
    const c = await this.withinDeadline(this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized'));
    return { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0 };
  }

  /**
   * A worker running `process` for each job, with the lock and stalled-check settings. `gaveUp` is told of a job that will not be tried again
   * (its retries used, or its workers died too often), to say so in its reply.
   */
  worker(process: (job: ComparisonJob) => Promise<string>, gaveUp: (job: ComparisonJob) => Promise<void> = async () => {}): Worker<ComparisonJob, string> {
    const worker = new Worker<ComparisonJob, string>(QUEUE_NAME, (job) => process(job.data), {
      connection: connectionFor(this.options.url),
      concurrency: this.options.concurrency,
      lockDuration: this.options.lockMs,
      stalledInterval: this.options.stalledCheckMs,
      // A job whose worker died twice is not tried a third time: its reply says it was interrupted (gaveUp).
      maxStalledCount: 2,
    });
    worker.on('error', (err) => this.log.warn({ err: err.message }, 'job worker error'));
    worker.on('failed', (job, err) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1) || /stalled more than/i.test(err.message);
      if (final) gaveUp(job.data).catch((e: unknown) => this.log.warn({ err: (e as Error).message, interaction: job.data.id }, 'could not tell a failed job its reply'));
    });
    worker.on('stalled', (jobId) => this.log.warn({ interaction: jobId }, 'a worker stopped holding its job (killed or hung): another worker takes it'));
    return worker;
  }

  /** A Redis client queues commands while disconnected: the queue's calls get a deadline instead. */
  private withinDeadline<T>(work: Promise<T>): Promise<T> {
    return abortable(work, AbortSignal.timeout(this.timeoutMs));
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
