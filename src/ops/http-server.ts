import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One part of /healthz: whether it works, and a word on its state. */
export interface Check {
  ok: boolean;
  detail?: string | number | Record<string, unknown> | undefined;
}

export interface OpsEndpoints {
  /** Each named check, run on every /healthz request (each must answer within the store's deadline). */
  checks: Record<string, () => Promise<Check> | Check>;
  metrics: () => Promise<string>;
  metricsContentType: string;
}

/**
 * The operator's HTTP endpoints: `/healthz` (200 when every check passes, 503 otherwise, JSON with
 * each check) for supervisors and the container's health check, `/metrics` for Prometheus.
 */
export async function startOpsServer(port: number, host: string, endpoints: OpsEndpoints): Promise<{ server: Server; port: number; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    if (path === '/healthz') {
      void health(endpoints.checks).then(
        (body) => res.writeHead(body.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
        (err: unknown) => res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'error', error: String(err) })),
      );
      return;
    }
    if (path === '/metrics') {
      void endpoints.metrics().then(
        (text) => res.writeHead(200, { 'content-type': endpoints.metricsContentType }).end(text),
        (err: unknown) => res.writeHead(500).end(String(err)),
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('GET /healthz or /metrics\n');
  });
  // A slow client must not hold a socket: these answers are small and quick.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function health(checks: OpsEndpoints['checks']): Promise<{ status: 'ok' | 'unhealthy'; checks: Record<string, Check> }> {
  const names = Object.keys(checks);
  const results = await Promise.all(names.map(async (n) => checks[n]!()));
  const byName = Object.fromEntries(names.map((n, i) => [n, results[i]!]));
  return { status: results.every((r) => r.ok) ? 'ok' : 'unhealthy', checks: byName };
}

/**
 * /healthz's queue check: accepting work, the tasks waiting for a worker thread and, with a job queue,
 * its jobs waiting and running (unhealthy when the queue's Redis does not answer).
 */
export async function queueCheck(accepting: boolean, tasks: number, jobs?: { counts(): Promise<object> }): Promise<Check> {
  if (!jobs) return { ok: accepting, detail: tasks };
  const counts = await jobs.counts().catch(() => undefined);
  return { ok: accepting && counts !== undefined, detail: { tasks, jobs: counts ?? 'unreachable' } };
}
