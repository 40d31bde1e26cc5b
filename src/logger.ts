import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout. Tokens are redacted wherever they might appear in a logged object. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'parallax' },
    redact: { paths: ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
  });
}
