import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout. Tokens are redacted wherever they might appear in a logged object. */
export function createLogger(level: string, stream: 'stdout' | 'stderr' = 'stdout'): Logger {
  return pino(
    {
    level,
    base: { app: 'parallax' },
    redact: { paths: ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'OPENAI_API_KEY', '*.OPENAI_API_KEY', 'apiKey', '*.apiKey', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
    },
    // The CLI prints reports on stdout, so its logs go to stderr.
    pino.destination(stream === 'stderr' ? 2 : 1),
  );
}
