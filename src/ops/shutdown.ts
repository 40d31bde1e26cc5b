import type { Logger } from '../logger.js';
import type { Lifecycle } from './lifecycle.js';

export interface Closable {
  name: string;
  close: () => Promise<unknown>;
}

/**
 * A graceful stop: new work answered "restarting", work in flight drained for `graceMs`, the rest
 * marked interrupted, then each resource closed in order (gateway before store: nothing may write
 * after the store is gone), each given at most 5 s. Resolves when everything is closed.
 */
export async function shutdown(lifecycle: Lifecycle, graceMs: number, closables: Closable[], log: Logger, reason: string): Promise<void> {
  log.info({ reason, inFlight: lifecycle.inFlight, graceSeconds: graceMs / 1000 }, 'shutting down: new work is refused, work in flight may finish');
  const { finished, interrupted } = await lifecycle.drain(graceMs);
  for (const c of closables) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((r) => (timer = setTimeout(() => (log.warn({ resource: c.name }, 'did not close within 5 s'), r()), 5_000)));
    await Promise.race([c.close().catch((err: unknown) => log.warn({ err, resource: c.name }, 'close failed')), timeout]);
    clearTimeout(timer);
  }
  log.info({ finished, interrupted }, 'stopped');
}

/**
 * Calls `stop` on the first SIGTERM or SIGINT, then exits 0. A second signal exits at once (1): the
 * operator insists.
 */
export function onStopSignals(stop: (signal: string) => Promise<void>, log: Logger): void {
  let stopping = false;
  const handle = (signal: string) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    stop(signal).then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => handle('SIGTERM'));
  process.on('SIGINT', () => handle('SIGINT'));
}
