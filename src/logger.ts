import pino from 'pino';
import type { Logger } from './core/ports.js';

/**
 * JSON log lines on stderr, so stdout stays the chat in console mode. Token-like values are redacted
 * by key wherever they appear.
 */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      redact: { paths: ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'botToken', 'appToken', 'signingSecret'], censor: '[redacted]' },
      base: { app: 'studybot' },
    },
    pino.destination(2),
  );
}
