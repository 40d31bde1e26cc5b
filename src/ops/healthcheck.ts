#!/usr/bin/env node
/**
 * The container's health check (Dockerfile HEALTHCHECK): exits 0 when the bot's /healthz answers 200
 * within 4 s, 1 otherwise. node:22-slim has no curl, and Node is there anyway.
 */
import { ConfigError, loadConfig, loadDotEnv } from '../config/config.js';

async function check(): Promise<number> {
  loadDotEnv();
  const config = loadConfig(process.env);
  if (config.HTTP_PORT === undefined) {
    console.error('HTTP_PORT is not set, so the bot serves no /healthz to check.');
    return 1;
  }
  // The bot listens on HTTP_HOST; a wildcard address is reached on loopback.
  const host = ['0.0.0.0', '::'].includes(config.HTTP_HOST) ? '127.0.0.1' : config.HTTP_HOST;
  const res = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${config.HTTP_PORT}/healthz`, { signal: AbortSignal.timeout(4_000) });
  const body = await res.text();
  if (res.status !== 200) console.error(`unhealthy (HTTP ${res.status}): ${body}`);
  return res.status === 200 ? 0 : 1;
}

check().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : `health check failed: ${(err as Error)?.message ?? String(err)}`);
    process.exit(1);
  },
);
