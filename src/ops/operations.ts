import { type Client, type Interaction, MessageFlags, Status } from 'discord.js';
import type { Config } from '../config/config.js';
import { NO_MENTIONS } from '../discord/command.js';
import { onFatalClose } from '../discord/client.js';
import { BusyError, UserError } from '../errors.js';
import { Admission, ShareUsedError } from './admission.js';
import type { Logger } from '../logger.js';
import type { Report } from '../report/types.js';
import type { Stores } from '../store/stores.js';
import { queueCheck, startOpsServer } from './http-server.js';
import type { ComparisonQueue } from '../queue/comparison-queue.js';
import { Journal, type JournalEntry } from './journal.js';
import { Lifecycle, RestartingError } from './lifecycle.js';
import { Metrics } from './metrics.js';
import { translator } from '../i18n/translate.js';
import { interruptedReply, type Recovery, recoverJournal, shardOf } from './recover.js';
import { attachRetention } from './retention.js';
import { type Closable, onStopSignals, shutdown } from './shutdown.js';


export interface OperationsDeps {
  config: Config;
  log: Logger;
  stores: Stores;
  /** Tasks waiting for a worker thread: for /metrics and /healthz. */
  queueDepth: () => number;
  /** With QUEUE_URL: the job queue comparisons are handed to (src/queue), reported by /metrics and /healthz. */
  queue?: ComparisonQueue | undefined;
}

/**
 * What keeps the bot operable, in one place for the composition root: tracked work and graceful
 * shutdown, the crash journal, metrics, the health and metrics endpoints, fatal gateway closes, and
 * data retention.
 */
export class Operations {
  readonly lifecycle = new Lifecycle();
  /** When this process began taking work: journal entries from before it are an earlier process's. */
  private readonly bornAt = Date.now();
  readonly metrics: Metrics;
  readonly journal: Journal;
  private readonly admission: Admission;
  private closeHttp: (() => Promise<void>) | undefined;

  constructor(private readonly deps: OperationsDeps) {
    const { config } = deps;
    this.admission = new Admission({ total: config.MAX_RUNNING, perGuild: config.MAX_RUNNING_PER_GUILD, perUser: config.MAX_RUNNING_PER_USER });
    this.metrics = new Metrics({ queueDepth: deps.queueDepth, inFlight: () => this.lifecycle.inFlight, jobs: deps.queue && (() => deps.queue!.counts()) });
    this.journal = new Journal(deps.stores.journal);
  }

  /**
   * Runs an interaction's handler as tracked work: refused with "restarting" while shutting down; if
   * still running when the grace period ends, its reply says it was interrupted.
   */
  async track(interaction: Interaction, task: () => Promise<void>): Promise<void> {
    const command = interaction.isCommand() ? interaction.commandName : 'component';
    let release: (() => void) | undefined;
    try {
      release = this.admission.admit(interaction.guildId, interaction.user.id);
      await this.lifecycle.run(interaction.id, task, () => this.interrupt(interaction, command));
      this.metrics.command(command, 'done');
    } catch (err) {
      // Its reply already says it was interrupted (and how to run it again): an error now says nothing new.
      if (this.lifecycle.wasInterrupted(interaction.id)) return;
      this.metrics.command(command, err instanceof RestartingError ? 'restarting' : err instanceof BusyError || err instanceof ShareUsedError ? 'busy' : err instanceof UserError ? 'user_error' : 'failed');
      throw err;
    } finally {
      release?.();
    }
  }

  /** The job queue comparisons run on, when QUEUE_URL is set: the commands hand them to it. */
  get queue(): ComparisonQueue | undefined {
    return this.deps.queue;
  }

  /**
   * With a job queue, hands the comparison journaled under `id` to the workers and says true; without
   * one, false: the caller runs it here. A failed hand-off clears the entry (the user is told to try
   * again, so it must not come back on its own after a restart).
   */
  async handedOff(entry: { id: string; applicationId: string; token: string; locale?: string | undefined }): Promise<boolean> {
    const { id } = entry;
    if (!this.deps.queue) return false;
    try {
      await this.deps.queue.enqueue(entry);
      return true;
    } catch (err) {
      await this.journal.finish(id);
      throw err;
    }
  }

  /** A report was posted for the interaction `id`: counted, with the time since its command arrived. */
  reported(id: string, report: Report): void {
    this.metrics.report(report, this.lifecycle.elapsed(id) ?? 0);
  }

  /**
   * Serves /healthz and /metrics when HTTP_PORT is set, stops cleanly on SIGTERM/SIGINT, and takes up
   * the comparisons recorded before the last stop (in the background: the bot answers meanwhile).
   */
  async start(client: Client<true>, closables: Closable[], recovery: Recovery): Promise<void> {
    const { config, log, stores } = this.deps;
    attachRetention(client, stores.threads, log);
    onFatalClose(client, log, () => {
      // Nothing can be said to users without a gateway; what runs is journaled for the next start.
      void Promise.race([stores.close(), new Promise((r) => setTimeout(r, 2_000))]).finally(() => process.exit(1));
    });
    if (config.HTTP_PORT !== undefined) {
      const http = await startOpsServer(config.HTTP_PORT, config.HTTP_HOST, {
        checks: {
          gateway: () => ({ ok: client.ws.status === Status.Ready, detail: Status[client.ws.status] }),
          store: async () => ({ ok: await stores.ping(), detail: config.STORE_URL.split(':')[0] }),
          queue: () => queueCheck(this.lifecycle.accepting, this.deps.queueDepth(), this.deps.queue),
        },
        metrics: () => this.metrics.text(),
        metricsContentType: this.metrics.registry.contentType,
      });
      this.closeHttp = http.close;
      log.info({ port: http.port, host: config.HTTP_HOST }, 'health and metrics: GET /healthz, /metrics');
    }
    onStopSignals(
      (signal) =>
        shutdown(
          this.lifecycle,
          config.SHUTDOWN_GRACE_SECONDS * 1000,
          [
            { name: 'gateway', close: () => client.destroy() },
            ...closables,
            ...(this.deps.queue ? [{ name: 'job queue', close: () => this.deps.queue!.close() }] : []),
            { name: 'http', close: () => this.closeHttp?.() ?? Promise.resolve() },
            { name: 'store', close: () => stores.close() },
          ],
          log,
          signal,
        ),
      log,
    );
    const shards = client.ws.shards.map((s) => s.id);
    // Only what an earlier process left: an entry this process began (its router is already answering
    // while the journal is read) is running here and must not be run a second time.
    const ours = (entry: JournalEntry) => entry.startedAt < this.bornAt && shards.includes(shardOf(entry.guildId, client.options.shardCount ?? 1));
    // With a job queue the workers finish what an earlier bot process left, as they do everything else.
    const queue = this.deps.queue;
    const taking = queue ? { ...recovery, handOff: (entry: JournalEntry) => queue.enqueue(entry) } : recovery;
    void recoverJournal(client, this.journal, taking, (id, task, interrupt) => this.lifecycle.run(id, task, interrupt), log, ours).catch((err: unknown) =>
      log.error({ err }, 'could not read the journal of comparisons in flight'),
    );
  }

  private async interrupt(interaction: Interaction, command: string): Promise<void> {
    this.metrics.command(command, 'interrupted');
    if (!interaction.isRepliable()) return;
    // A journaled comparison can be run again from its reply; anything else is simply asked again.
    const journaled = await this.journal.get(interaction.id).catch(() => undefined);
    if (journaled) await this.journal.update(interaction.id, { stage: 'interrupted' });
    const message = journaled ? interruptedReply(interaction.id, interaction.locale) : { content: translator(interaction.locale)('interruptedOther'), embeds: [], files: [], components: [], allowedMentions: NO_MENTIONS };
    if (interaction.deferred || interaction.replied) await interaction.editReply(message).catch(() => undefined);
    else await interaction.reply({ ...message, flags: MessageFlags.Ephemeral }).catch(() => undefined);
  }
}
