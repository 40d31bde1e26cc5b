import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Report } from '../report/types.js';

/** How a command ended, as a label: few values, so the series stay few. */
export type Outcome = 'done' | 'user_error' | 'busy' | 'failed' | 'restarting' | 'interrupted';

/**
 * The bot's Prometheus metrics, in a registry of its own (no global state, so tests and several
 * processes in one test run do not mix series). Node's defaults (event-loop lag, heap, CPU) included.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly commands = new Counter({ name: 'parallax_commands_total', help: 'Slash commands by how they ended', labelNames: ['command', 'outcome'], registers: [this.registry] });
  private readonly comparisons = new Counter({ name: 'parallax_comparisons_total', help: 'Reports posted', registers: [this.registry] });
  private readonly duration = new Histogram({
    name: 'parallax_comparison_duration_seconds',
    help: 'Time from the command to the posted report',
    buckets: [0.5, 1, 2, 5, 10, 20, 30, 60, 120],
    registers: [this.registry],
  });
  private readonly fetchFailures = new Counter({ name: 'parallax_fetch_failures_total', help: 'Sources that could not be read, by reason', labelNames: ['reason'], registers: [this.registry] });
  private readonly modelCalls = new Counter({ name: 'parallax_model_calls_total', help: 'Requests made to the model', registers: [this.registry] });
  private readonly modelTokens = new Counter({ name: 'parallax_model_tokens_total', help: 'Model tokens spent', labelNames: ['kind'], registers: [this.registry] });
  private readonly fallbacks = new Counter({ name: 'parallax_model_fallbacks_total', help: 'Comparisons answered by the offline engine although the model was wanted', registers: [this.registry] });

  constructor(gauges: { queueDepth: () => number; inFlight: () => number; jobs?: (() => Promise<Record<string, number>>) | undefined }) {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
    new Gauge({ name: 'parallax_queue_depth', help: 'Extraction and analysis tasks waiting for a worker thread', registers: [this.registry], collect() { this.set(gauges.queueDepth()); } });
    const jobs = gauges.jobs;
    // With a job queue (QUEUE_URL): the comparisons waiting for a worker process and those running, queue-wide.
    if (jobs) {
      new Gauge({
        name: 'parallax_jobs', help: 'Comparison jobs in the queue, by state', labelNames: ['state'], registers: [this.registry],
        async collect() {
          const counts = await jobs().catch(() => ({}));
          for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
        },
      });
    }
    new Gauge({ name: 'parallax_in_flight', help: 'Commands being worked on', registers: [this.registry], collect() { this.set(gauges.inFlight()); } });
  }

  /** A posted report: its duration, the sources it could not read, and what the model did. */
  report(report: Report, ms: number): void {
    this.comparisons.inc();
    this.duration.observe(ms / 1000);
    for (const u of report.unreadable) this.fetchFailures.inc({ reason: reasonKind(u.reason) });
    const engine = report.engine as { calls?: number; promptTokens?: number; completionTokens?: number; fallback?: string };
    if (engine.calls) this.modelCalls.inc(engine.calls);
    if (engine.promptTokens) this.modelTokens.inc({ kind: 'prompt' }, engine.promptTokens);
    if (engine.completionTokens) this.modelTokens.inc({ kind: 'completion' }, engine.completionTokens);
    if (engine.fallback) this.fallbacks.inc();
  }

  command(command: string, outcome: Outcome): void {
    this.commands.inc({ command, outcome });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}

/** A reason said to users, reduced to a label: a few kinds, never the link or the message itself. */
export function reasonKind(reason: string): string {
  const r = reason.toLowerCase();
  if (/\bhttp \d{3}/.test(r)) return `http_${/\bhttp (\d)\d\d/.exec(r)![1]}xx`;
  if (/redirects/.test(r)) return 'redirects';
  if (/did not answer|sent nothing|in time/.test(r)) return 'timeout';
  if (/larger than/.test(r)) return 'too_large';
  if (/private or local|local host name/.test(r)) return 'blocked_address';
  if (/\(dns\)|refused the connection|could not be reached|damaged/.test(r)) return 'network';
  if (/not a web page|not a text/.test(r)) return 'content_type';
  if (/paywall|login|consent|wall/.test(r)) return 'wall';
  if (/empty|not found|too short|pdf/.test(r)) return 'no_article';
  return 'other';
}
